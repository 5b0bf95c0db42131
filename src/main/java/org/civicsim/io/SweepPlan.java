package org.civicsim.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicsim.model.Seeds;
import org.civicsim.scenario.Sweep;

/**
 * A sweep as it is run: the sweep file's design and whether every recorded week is kept, with each
 * run's seed. Written as {@code sweep.json} and read back here only: the copy in the parts folder
 * tells a resumed or merged sweep from another.
 *
 * @param sweep the sweep as read from its file
 * @param everyStep whether each run records every recorded week rather than the final one only
 */
public record SweepPlan(Sweep sweep, boolean everyStep) {

  /**
   * The seed of design point {@code p}, replicate {@code k} (both 0-based): {@code mix(mix(seed) +
   * 0x9E3779B97F4A7C15 * (p + 1) + 0xD1B54A32D192ED03 * (k + 1))} with the SplitMix64 finaliser
   * {@link Seeds#mix}, so that runs get unrelated streams and adding points or replicates leaves
   * the seeds of the others unchanged.
   */
  public long runSeed(int p, int k) {
    return Seeds.mix(
        Seeds.mix(sweep.seed()) + 0x9E3779B97F4A7C15L * (p + 1L) + 0xD1B54A32D192ED03L * (k + 1L));
  }

  /** The seed of run {@code r}. */
  public long runSeed(int r) {
    return runSeed(sweep.point(r), sweep.replicate(r));
  }

  /**
   * The plan as JSON: the sweep's file, base, design, replicates, seed, fixed and varied keys, each
   * point's values and unit coordinates and each run's seed (in run order); with a version, also
   * the shard (when not whole) and the version, as the sweep's own {@code sweep.json}. Without a
   * version it is the plan kept in the parts folder.
   */
  public String json(String version, Shard shard) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("name", sweep.name());
      g.writeStringField("file", String.valueOf(sweep.file()));
      g.writeStringField("base", String.valueOf(sweep.base()));
      g.writeStringField("design", sweep.design());
      g.writeNumberField("points", sweep.points().size());
      g.writeNumberField("replicates", sweep.replicates());
      g.writeNumberField("runs", sweep.runs());
      g.writeNumberField("seed", sweep.seed());
      g.writeStringField(
          "run_seed",
          "mix(mix(seed) + 0x9E3779B97F4A7C15 * (point + 1) + 0xD1B54A32D192ED03 * (replicate"
              + " + 1)), run = replicate * points + point");
      g.writeStringField("record", everyStep ? "every" : "final");
      g.writeObjectFieldStart("set");
      for (var e : sweep.set().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("vary");
      for (String k : sweep.varied()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("point_values");
      for (List<String> point : sweep.points()) {
        g.writeStartArray();
        for (String v : point) {
          g.writeString(v);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("point_units");
      for (int p = 0; p < sweep.points().size(); p++) {
        g.writeStartArray();
        for (double u : sweep.unit(p)) {
          g.writeNumber(u);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("run_seeds");
      for (int r = 0; r < sweep.runs(); r++) {
        g.writeNumber(runSeed(r));
      }
      g.writeEndArray();
      if (version != null) {
        if (!shard.whole()) {
          g.writeStringField("shard", shard.toString());
        }
        g.writeStringField("version", version);
      }
      g.writeEndObject();
    }
    return text + "\n";
  }

  /** The plan kept in a parts folder, as {@link #json} wrote it without a version. */
  public static SweepPlan read(String json) throws OutputException {
    try {
      JsonNode n = new ObjectMapper().readTree(json);
      Map<String, String> set = new LinkedHashMap<>();
      n.get("set").properties().forEach(e -> set.put(e.getKey(), e.getValue().asText()));
      List<String> vary = new ArrayList<>();
      n.get("vary").forEach(v -> vary.add(v.asText()));
      List<List<String>> points = new ArrayList<>();
      n.get("point_values")
          .forEach(
              p -> {
                List<String> values = new ArrayList<>();
                p.forEach(v -> values.add(v.asText()));
                points.add(values);
              });
      double[][] units = new double[points.size()][];
      for (int p = 0; p < units.length; p++) {
        JsonNode u = n.get("point_units").get(p);
        units[p] = new double[u.size()];
        for (int i = 0; i < u.size(); i++) {
          units[p][i] = u.get(i).asDouble();
        }
      }
      Sweep sweep =
          new Sweep(
              n.get("name").asText(),
              Path.of(n.get("file").asText()),
              Path.of(n.get("base").asText()),
              n.get("design").asText(),
              n.get("replicates").asInt(),
              n.get("seed").asLong(),
              set,
              vary,
              points,
              units);
      return new SweepPlan(sweep, "every".equals(n.get("record").asText()));
    } catch (IOException | RuntimeException e) {
      throw new OutputException(
          "cannot read the sweep's plan "
              + ResultFiles.PARTS
              + "/"
              + ResultFiles.SWEEP
              + ": "
              + e.getMessage());
    }
  }
}
