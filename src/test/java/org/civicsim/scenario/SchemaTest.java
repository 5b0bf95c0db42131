package org.civicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The schema view that explain and docs/scenarios.md read. */
class SchemaTest {
  private static final Map<String, Schema.Key> KEYS =
      Schema.keys().stream().collect(Collectors.toMap(Schema.Key::key, k -> k));

  @Test
  void everyAnnotatedComponentIsAKey() {
    Set<String> expected = new HashSet<>();
    collect(Scenario.class, "", expected);
    assertEquals(expected, KEYS.keySet());
  }

  private static void collect(Class<?> type, String prefix, Set<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.isAnnotationPresent(Derived.class)) {
        continue;
      }
      String key = prefix + Names.snake(c.getName());
      if (c.isAnnotationPresent(Section.class)) {
        collect(c.getType(), key + ".", out);
      } else {
        out.add(key);
        if (c.getType() == List.class && key.equals("boroughs")) {
          collect(BoroughOverride.class, key + "[].", out);
        }
      }
    }
  }

  @Test
  void keysComeInFileOrderWithTheirDefaults() {
    List<String> order = Schema.keys().stream().map(Schema.Key::key).toList();
    assertEquals("name", order.get(0));
    assertTrue(
        order.indexOf("council.cuts.real_terms_per_year") < order.indexOf("council.pb_share"));
    Schema.Key cut = KEYS.get("council.cuts.real_terms_per_year");
    assertEquals("0.05", cut.defaultText());
    assertEquals("a number", cut.type());
    assertEquals("share 0-1 per year", cut.unit());
    assertEquals(0.0, cut.min());
    assertEquals(1.0, cut.max());
    assertTrue(cut.source().startsWith("IFS 2015"));
    assertEquals("520", KEYS.get("steps").defaultText());
    assertEquals("ward-small-world", KEYS.get("network.type").defaultText());
    assertTrue(KEYS.get("network.type").type().contains("complete, erdos-renyi"));
    assertNull(KEYS.get("residents.initial_active_count").defaultText());
    assertNull(KEYS.get("borough.deprivation").defaultText());
    assertEquals("[]", KEYS.get("boroughs").defaultText());
    assertEquals("a whole number", KEYS.get("borough.residents").type());
    assertNull(KEYS.get("seed").max());
  }

  @Test
  void everyKeyHasADocAndEveryDefaultIsValid() {
    for (Schema.Key k : Schema.keys()) {
      assertFalse(k.doc().isBlank(), k.key());
      if (!k.key().contains("[]")) {
        Schema.Field f = Schema.find(k.key());
        Object def = Defaults.of(f);
        assertEquals(k.defaultText() == null, def == null, k.key());
      }
    }
  }

  @Test
  void yamlKeysAreSnakeCase() {
    assertEquals("real_terms_per_year", Names.snake("realTermsPerYear"));
    assertEquals("workers_per_10k", Names.snake("workersPer10k"));
    assertEquals("skills_q1", Names.snake("skillsQ1"));
    assertEquals("asc_informal", Names.snake("ascInformal"));
    assertEquals("community_development", Names.snake("communityDevelopment"));
    assertTrue(KEYS.containsKey("community_development.workers_per_10k"));
    assertTrue(KEYS.containsKey("residents.online_q5"));
  }

  @Test
  void explainSaysWhereEachValueCameFrom() throws Exception {
    List<ResolvedValue> values =
        ScenarioLoader.explain(
            "name: x\nsteps: 260\nboroughs:\n  - name: a\n    set: {council.pb_share: 0.01}\n",
            Loading.FILE,
            List.of("seed=7"));
    Map<String, ResolvedValue> byKey =
        values.stream().collect(Collectors.toMap(ResolvedValue::key, v -> v));
    assertEquals(new ResolvedValue("steps", "260", "scenarios/test.yaml:2"), byKey.get("steps"));
    assertEquals(new ResolvedValue("seed", "7", "--set"), byKey.get("seed"));
    assertEquals(
        new ResolvedValue("council.cuts.real_terms_per_year", "0.05", "default"),
        byKey.get("council.cuts.real_terms_per_year"));
    assertEquals("[a]", byKey.get("boroughs").valueText());
    assertEquals(
        new ResolvedValue("boroughs[a].council.pb_share", "0.01", "scenarios/test.yaml:5"),
        byKey.get("boroughs[a].council.pb_share"));
    assertEquals("(not set)", byKey.get("borough.deprivation").valueText());
  }

  @Test
  void suggestionsPreferTheSameSectionThenAnywhere() {
    assertEquals("steps", Schema.suggestKey(Scenario.class, "", "stpes"));
    assertEquals("council.pb_share", Schema.suggestKey(Borough.class, "borough", "pb_share"));
    assertEquals("council.pb_share", Schema.suggestKey(Borough.class, "borough", "pb_shar"));
    assertNull(Schema.suggestKey(Output.class, "output", "qqqqqqqq"));
    assertEquals("network.mean_degree", Schema.suggestDotted("network.mean_degre"));
  }
}
