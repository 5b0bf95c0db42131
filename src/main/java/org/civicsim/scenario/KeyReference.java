package org.civicsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * docs/scenarios.md, generated from the {@link Param} and {@link Section} annotations that the
 * loader validates against: a tutorial, then one table per section of every key with its type,
 * unit, default, allowed range, meaning and source. A test fails when the committed file differs
 * from {@link #markdown()}, so the reference cannot drift from what {@code validate} accepts.
 */
public final class KeyReference {
  /** The command that rewrites docs/scenarios.md after a key, a default or a range changes. */
  public static final String REGENERATE = "./civicsim explain --reference > docs/scenarios.md";

  /** The group of the keys written at the top of a file, outside any section. */
  public static final String TOP_LEVEL = "";

  private KeyReference() {}

  /**
   * The section a dotted key belongs to: its first part when that is a section or a list of
   * sections ({@code council} for {@code council.cuts.years}, {@code boroughs} for {@code
   * boroughs[north].council.pb_share}), or {@link #TOP_LEVEL}.
   */
  public static String sectionOf(String key) {
    int end = key.length();
    for (char c : new char[] {'.', '['}) {
      int i = key.indexOf(c);
      if (i >= 0) end = Math.min(end, i);
    }
    String first = key.substring(0, end);
    Schema.Field f = Schema.fields(Scenario.class).get(first);
    if (f == null) {
      return TOP_LEVEL;
    }
    boolean listOfSections = List.class.equals(f.type()) && f.elementType().isRecord();
    return f.isSection() || listOfSections ? first : TOP_LEVEL;
  }

  /**
   * A key's default as {@code explain} shows values ({@code 0.3} for a declared {@code 0.30}),
   * {@code (not set)} for an optional key, {@code ""} for empty text.
   */
  public static String shownDefault(Schema.Key k) {
    String text;
    if (k.key().contains("[]")) {
      text = k.defaultText() == null ? Explain.text(null) : k.defaultText();
    } else {
      text = Explain.text(Defaults.of(Schema.find(k.key())));
    }
    return text.isEmpty() ? "\"\"" : text;
  }

  /** A scenario key's schema entry by its dotted key, or null when there is no such key. */
  public static Schema.Key key(String dotted) {
    return Lookup.BY_KEY.get(dotted);
  }

  private static final class Lookup {
    static final Map<String, Schema.Key> BY_KEY = build();

    private static Map<String, Schema.Key> build() {
      Map<String, Schema.Key> out = new LinkedHashMap<>();
      Schema.keys().forEach(k -> out.put(k.key(), k));
      return out;
    }
  }

  /** "0 to 1", "at least 1", "at most 5", or empty when any value of the type is allowed. */
  public static String range(Schema.Key k) {
    boolean list = k.type().startsWith("a list");
    String lo = k.min() == null ? null : Values.format(k.min());
    String hi = k.max() == null ? null : Values.format(k.max());
    String range;
    if (lo != null && hi != null) {
      range = lo + " to " + hi;
    } else if (lo != null) {
      range = "at least " + lo;
    } else if (hi != null) {
      range = "at most " + hi;
    } else {
      return "";
    }
    return list ? "length " + range : range;
  }

  /** The whole of docs/scenarios.md. */
  public static String markdown() {
    return INTRO + TUTORIAL + REFERENCE_INTRO + tables();
  }

  /** The key tables alone, one per section: also section 9 of docs/ODD.md. */
  public static String tables() {
    StringBuilder b = new StringBuilder();
    Map<String, List<Schema.Key>> sections = new LinkedHashMap<>();
    sections.put(TOP_LEVEL, new ArrayList<>());
    for (Schema.Key k : Schema.keys()) {
      sections.computeIfAbsent(sectionOf(k.key()), s -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<String, List<Schema.Key>> e : sections.entrySet()) {
      b.append('\n');
      table(b, e.getKey(), e.getValue());
    }
    return b.toString();
  }

  private static void table(StringBuilder b, String section, List<Schema.Key> keys) {
    if (section.equals(TOP_LEVEL)) {
      b.append("### Top level\n\n");
      b.append("The keys written at the top of the file, outside any section.\n\n");
    } else {
      Schema.Field f = Schema.fields(Scenario.class).get(section);
      String doc = f.isSection() ? f.section().doc() : f.param().doc();
      b.append("### `").append(section).append("`\n\n").append(cell(doc)).append("\n\n");
      if (section.equals("boroughs")) {
        b.append(BOROUGHS_EXAMPLE);
      }
    }
    b.append("| key | type | unit | default | allowed | meaning | source |\n");
    b.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Schema.Key k : keys) {
      String def = shownDefault(k);
      b.append("| `")
          .append(k.key())
          .append("` | ")
          .append(cell(k.type()))
          .append(" | ")
          .append(cell(k.unit()))
          .append(" | ")
          .append(k.defaultText() == null ? "(not set)" : "`" + def.replace("|", "\\|") + "`")
          .append(" | ")
          .append(cell(range(k)))
          .append(" | ")
          .append(cell(k.doc()))
          .append(" | ")
          .append(cell(k.source()))
          .append(" |\n");
    }
  }

  /** Text safe in a Markdown table cell: no line breaks, pipes escaped, no HTML tags. */
  private static String cell(String text) {
    return text.replace("\r", "")
        .replace("\n", " ")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*", "\\*")
        .strip();
  }

  private static final String INTRO =
      """
      # Scenario files

      <!-- Generated from the scenario records by KeyReference.java; do not edit by hand.
           After changing a key, a default or a range, run:
           %s -->

      A scenario file is a YAML file in `scenarios/` that says what differs from the defaults:
      the size of the borough, how deep the council's cuts are, how much community development
      there is, and so on. Every key not written in the file takes its default, listed below.
      The tutorial shows the usual way of working: copy a scenario, change a number, check it,
      run it and compare its results with the scenario it came from. The reference after it lists
      every key that `./civicsim validate` accepts, with its unit, default and allowed range.

      Three commands help while editing:

      - `./civicsim validate FILE...` lists every problem in a file at once, each with its line
        and column, what is allowed, and the nearest valid key for a misspelt one.
      - `./civicsim explain FILE` prints every parameter in effect, its default and where its
        value came from (`default`, a line of the file, or `--set`); `--changed` lists only the
        values that differ from their defaults.
      - `./civicsim new NAME --from SCENARIO` copies a scenario, comments and all, under a new
        name.

      Any key can also be changed for one run without editing the file, with a dotted key:
      `./civicsim run FILE --set council.cuts.real_terms_per_year=0.08`. The value is checked
      exactly like the file's.
      """
          .formatted(REGENERATE);

  private static final String TUTORIAL =
      """

      ## Tutorial: copy, change, run, compare

      The question: what if the cuts had been twice as deep as they were? The baseline has
      councils losing 2.6% of their real-terms budget each year for ten years. The commands
      are run from the top folder of the project.

      **1. Copy the baseline** under a new name (letters, digits, `-` and `_`):

      ```console
      $ ./civicsim new deep-cuts --from baseline
      created scenarios/deep-cuts.yaml, a copy of scenarios/baseline.yaml
      next: edit scenarios/deep-cuts.yaml, then
        ./civicsim validate scenarios/deep-cuts.yaml
        ./civicsim explain scenarios/deep-cuts.yaml --changed
        ./civicsim run scenarios/deep-cuts.yaml
      ```

      The copy keeps every line and comment of the original; only its `name:` and
      `description:` change. `new` never replaces a file that exists unless you add `--force`.

      **2. Change a number.** Open `scenarios/deep-cuts.yaml` in an editor, find the cuts and
      double them:

      ```yaml
      council:
        cuts:
          real_terms_per_year: 0.052  # twice the baseline's 0.026
      ```

      Write a better `description:` while you are there: it is recorded with the results.

      **3. Check it.** Every mistake is reported at once, each with its line and column, what
      is allowed and the nearest valid key; nothing runs until all are fixed.

      ```console
      $ ./civicsim validate scenarios/deep-cuts.yaml
      scenarios/deep-cuts.yaml: ok
      ```

      Had you typed `real_terms_per_yaer`, you would have seen

      ```console
      $ ./civicsim validate scenarios/deep-cuts.yaml
      scenarios/deep-cuts.yaml:33:5: council.cuts.real_terms_per_yaer: unknown key "real_terms_per_yaer" in council.cuts; did you mean council.cuts.real_terms_per_year?
      see docs/scenarios.md for every scenario key
      ```

      Then check that the scenario says what you meant: `explain --changed` lists the values
      that differ from their defaults and the line of the file each came from (without
      `--changed`, every value in effect, its default and its unit).

      ```console
      $ ./civicsim explain scenarios/deep-cuts.yaml --changed
      scenarios/deep-cuts.yaml: 5 of 113 values differ from their defaults:

        key                                    value      default   from          unit
      * name                                   deep-cuts  scenario  file line 4
      * description                            Copied from baseline: Austerity with no extra community support, 2010-2020.  ""  file line 5

      * council.cuts.real_terms_per_year       0.052      0.05      file line 33  share 0-1 per year
      * council.cuts.years                     10         5         file line 34  years

      * community_development.workers_per_10k  2          0.5       file line 43  workers per 10,000 residents
      ```

      **4. Run both**, each into a folder of its own (about 20 seconds each on two cores):

      ```console
      $ ./civicsim run scenarios/baseline.yaml --out results/compare/baseline
      $ ./civicsim run scenarios/deep-cuts.yaml --out results/compare/deep-cuts
      ```

      Each run prints a table of the final week and writes `summary.csv`, with one row per
      metric and group: `scenario,metric,group,mean,sd,ci_low,ci_high,n` (the mean over the
      replicates and its 95% confidence interval). To try a change without editing a file,
      `--set` makes it for one run:
      `./civicsim run scenarios/baseline.yaml --set council.cuts.real_terms_per_year=0.052`.

      **5. Compare** the two `summary.csv` files metric by metric, here for all residents
      (group `all`; `q1` is the poorest income quintile, `q5` the richest):

      ```console
      $ cd results/compare
      $ summary() { awk -F, -v g=all '$3 == g {print $2 "," $4 "," $6 "," $7}' "$1"/summary.csv | sort; }
      $ (echo "metric,baseline,low,high,deep-cuts,low,high"
         join -t, <(summary baseline) <(summary deep-cuts)) | column -t -s,
      metric                  baseline   low        high       deep-cuts  low        high
      ...
      coverage                0.74       0.738435   0.741565   0.511954   0.51106    0.512848
      ...
      participation_any       0.4224     0.419233   0.425567   0.40371    0.400349   0.407071
      participation_civic     0.29464    0.292364   0.296916   0.282165   0.280126   0.284204
      participation_formal    0.21833    0.216074   0.220586   0.20177    0.19826    0.20528
      ...
      services_closed         48         48         48         60         60         60
      ...
      voice_gini              0.520753   0.519147   0.52236    0.54647    0.544854   0.548086
      ```

      (Numbers from the model as it was when this was written; the metrics are described in
      docs/ODD.md.) Twice the cuts close 12 more services and cut coverage from 0.74 to 0.51;
      fewer residents take part, and voice becomes more unequal. Where the two confidence
      intervals (`low` to `high`) do not overlap, the difference is unlikely to be chance;
      where they overlap, run more replicates (`--replicates 30`) before drawing a conclusion.
      Change `g=all` to `g=q1` to see what happened to the poorest fifth.

      The same comparison in Python, with pandas:

      ```python
      import pandas as pd

      a = pd.read_csv("results/compare/baseline/summary.csv")
      b = pd.read_csv("results/compare/deep-cuts/summary.csv")
      both = a.merge(b, on=["metric", "group"], suffixes=("_baseline", "_deep_cuts"))
      both["change"] = both.mean_deep_cuts - both.mean_baseline
      print(both[both.group == "all"][["metric", "mean_baseline", "mean_deep_cuts", "change"]])
      ```
      """;

  private static final String BOROUGHS_EXAMPLE =
      """
      For example, two boroughs that differ only in how their councils decide:

      ```yaml
      boroughs:
        - name: lambeth
          set:
            council.decision_mode: participatory-budgeting
            council.pb_share: 0.01
        - name: wandsworth
      ```

      """;

  private static final String REFERENCE_INTRO =
      """

      ## Reference: every key

      Keys are written nested in the file (`council:` then, indented, `cuts:` then
      `real_terms_per_year: 0.05`) and dotted on the command line
      (`--set council.cuts.real_terms_per_year=0.05`). *allowed* is inclusive at both ends; a
      value outside it is an error, not silently clipped. A key that is *(not set)* by default is
      optional: leaving it out means the model does without it.
      """;
}
