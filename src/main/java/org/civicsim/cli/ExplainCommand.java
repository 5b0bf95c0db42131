package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.model.ConstantReference;
import org.civicsim.scenario.KeyReference;
import org.civicsim.scenario.ResolvedValue;
import org.civicsim.scenario.ScenarioLoader;
import org.civicsim.scenario.Schema;

/**
 * {@code civicsim explain}: every parameter a scenario would run with, its default, its unit and
 * where its value came from (the default, a line of the file, or {@code --set}), grouped by
 * section, with the values that differ from their defaults marked. {@code --reference} prints
 * docs/scenarios.md instead, {@code --constants} the tables of docs/ODD.md section 10.
 */
@Parameters(commandNames = "explain", commandDescription = "List every parameter in effect.")
final class ExplainCommand extends HelpfulCommand {
  /** The mark of a value that differs from its default. */
  static final String CHANGED = "*";

  /** A longer value or default runs past its column, shifting its line, rather than being cut. */
  private static final int VALUE_WIDTH = 24;

  @Parameter(description = "SCENARIO.yaml")
  private List<String> files = new ArrayList<>();

  @Parameter(names = "--set", splitter = WholeValue.class)
  private List<String> set = new ArrayList<>();

  @Parameter(names = "--changed")
  private boolean changedOnly;

  @Parameter(names = "--reference")
  private boolean reference;

  @Parameter(names = "--constants")
  private boolean constants;

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("explain", files);
    if (constants) {
      if (reference || !files.isEmpty() || !set.isEmpty() || changedOnly) {
        throw new ParameterException("explain --constants takes no scenario and no other option");
      }
      stdout.print(ConstantReference.tables());
      return ExitCode.OK;
    }
    if (reference) {
      if (!files.isEmpty() || !set.isEmpty() || changedOnly) {
        throw new ParameterException("explain --reference takes no scenario and no other option");
      }
      stdout.print(KeyReference.markdown());
      return ExitCode.OK;
    }
    if (files.size() != 1) {
      throw new ParameterException(
          files.isEmpty()
              ? "explain needs a scenario file, for example: civicsim explain"
                  + " scenarios/baseline.yaml"
              : "explain takes one scenario file, got "
                  + files.size()
                  + ": "
                  + String.join(" ", files));
    }
    for (String s : set) {
      if (s.indexOf('=') <= 0) {
        throw new ParameterException("--set expects KEY=VALUE, got '" + s + "'");
      }
    }
    String file = files.get(0);
    List<ResolvedValue> values = ScenarioLoader.explain(ScenarioFiles.readable(file), set);
    print(stdout, file, rows(values));
    return ExitCode.OK;
  }

  /** One line of the table. */
  record Row(String section, String key, String value, String def, String unit, String from) {
    boolean changed() {
      return !value.equals(def);
    }
  }

  /** The rows of every value in effect, in file order. */
  static List<Row> rows(List<ResolvedValue> values) {
    List<Row> rows = new ArrayList<>();
    for (ResolvedValue v : values) {
      Schema.Key k = KeyReference.key(schemaKey(v.key()));
      String def = k == null ? "" : KeyReference.shownDefault(k);
      String value = v.valueText().isEmpty() ? "\"\"" : v.valueText();
      rows.add(
          new Row(
              KeyReference.sectionOf(v.key()),
              v.key(),
              value,
              def,
              k == null ? "" : k.unit(),
              from(v.source())));
    }
    return rows;
  }

  /** {@code council.pb_share} for a borough's own {@code boroughs[north].council.pb_share}. */
  private static String schemaKey(String key) {
    if (key.startsWith("boroughs[")) {
      int close = key.indexOf("].");
      if (close > 0) {
        return key.substring(close + 2);
      }
    }
    return key;
  }

  /** {@code file line 12}, {@code default} or {@code --set}, from the loader's FILE:LINE form. */
  static String from(String source) {
    if (source.equals(ResolvedValue.DEFAULT) || source.equals("--set")) {
      return source;
    }
    int colon = source.lastIndexOf(':');
    if (colon >= 0 && colon < source.length() - 1) {
      String line = source.substring(colon + 1);
      if (line.chars().allMatch(Character::isDigit)) {
        return "file line " + line;
      }
    }
    return "file";
  }

  private void print(PrintStream out, String file, List<Row> all) {
    List<Row> rows = changedOnly ? all.stream().filter(Row::changed).toList() : all;
    long changed = all.stream().filter(Row::changed).count();
    if (changedOnly) {
      out.printf(
          Locale.ROOT,
          "%s: %d of %d values differ from their defaults%s%n",
          file,
          changed,
          all.size(),
          changed == 0 ? "." : ":");
      if (changed == 0) {
        return;
      }
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %d values in effect; %s marks the %d that differ from their defaults.%n",
          file,
          all.size(),
          CHANGED,
          changed);
    }
    out.println();
    String[] header = {"key", "value", "default", "from", "unit"};
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
    }
    for (Row r : rows) {
      String[] cells = cells(r);
      for (int c = 0; c < cells.length; c++) {
        boolean overflows = (c == 1 || c == 2) && cells[c].length() > VALUE_WIDTH;
        if (!overflows) {
          widths[c] = Math.max(widths[c], cells[c].length());
        }
      }
    }
    out.println(line("  ", header, widths));
    String section = null;
    for (Row r : rows) {
      if (section != null && !section.equals(r.section())) {
        out.println();
      }
      section = r.section();
      out.println(line(r.changed() ? CHANGED + " " : "  ", cells(r), widths));
    }
  }

  private static String[] cells(Row r) {
    return new String[] {r.key(), r.value(), r.def(), r.from(), r.unit()};
  }

  /**
   * The cells padded to their widths; a cell wider than its column pushes the rest of its line to
   * the right by as much, and the next cell starts at least two spaces after it.
   */
  private static String line(String mark, String[] cells, int[] widths) {
    StringBuilder b = new StringBuilder(mark);
    int target = mark.length();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        target += 2;
        b.append(" ".repeat(Math.max(2, target - b.length())));
      }
      b.append(cells[c]);
      target += widths[c];
    }
    return b.toString().stripTrailing();
  }
}
