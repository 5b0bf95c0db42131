package org.civicsim.model;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.civicsim.model.policy.BudgetHead;
import org.civicsim.model.policy.CdFirst;
import org.civicsim.model.policy.CommunityCommissioning;
import org.civicsim.model.policy.CutStrategy;
import org.civicsim.model.policy.DecisionRule;
import org.civicsim.model.policy.ProtectStatutory;
import org.civicsim.scenario.Constant;

/**
 * docs/ODD.md section 10, generated from the code: every number the model fixes in code that
 * carries a {@link Constant} annotation, read by reflection from the classes listed here, with its
 * value, unit, meaning and source; the services with their costs and needs; and what each cut
 * strategy and decision rule does, read by calling them. A test fails when ODD.md differs, so the
 * section cannot drift from the code; {@code ./civicsim explain --constants} prints it.
 */
public final class ConstantReference {
  /** The command that prints the tables to paste between the markers of docs/ODD.md section 10. */
  public static final String REGENERATE = "./civicsim explain --constants";

  /** The markers around the generated part of docs/ODD.md section 10. */
  public static final String START = "<!-- generated: ConstantReference.tables() -->\n";

  public static final String END = "<!-- end generated: constants -->";

  private ConstantReference() {}

  /** The classes whose annotated constants are listed, by the part of the model they belong to. */
  private record Part(String title, List<Class<?>> classes) {}

  private static final List<Part> PARTS =
      List.of(
          new Part("Residents", List.of(ResidentChoice.class, Tally.class, Population.class)),
          new Part("Groups", List.of(CivicModel.class, GroupLife.class, CommunityGroups.class)),
          new Part(
              "Council and services",
              List.of(
                  Council.class,
                  ProtectStatutory.class,
                  CdFirst.class,
                  CommunityCommissioning.class,
                  ServiceType.class,
                  Services.class)),
          new Part("Participatory budgeting", List.of(PbRound.class)));

  /** The generated tables, each under its heading: what goes between the markers. */
  public static String tables() {
    StringBuilder b = new StringBuilder();
    int n = 1;
    for (Part part : PARTS) {
      b.append("\n### 10.").append(n++).append(' ').append(part.title()).append("\n\n");
      b.append("| constant | value | unit | meaning | source |\n");
      b.append("| --- | --- | --- | --- | --- |\n");
      for (Class<?> c : part.classes()) {
        for (Field f : annotated(c)) {
          if (f.isEnumConstant()) {
            continue;
          }
          Constant k = f.getAnnotation(Constant.class);
          b.append("| `")
              .append(name(f))
              .append("` | ")
              .append(value(f))
              .append(" | ")
              .append(cell(k.unit()))
              .append(" | ")
              .append(cell(k.doc()))
              .append(" | ")
              .append(cell(k.source()))
              .append(" |\n");
        }
      }
    }
    b.append("\n### 10.").append(n++).append(" Services\n\n");
    services(b);
    b.append("\n### 10.").append(n++).append(" Cut strategies\n\n");
    strategies(b);
    b.append("\n### 10.").append(n).append(" Decision rules\n\n");
    rules(b);
    return b.toString();
  }

  /** Every field of {@code c} with a {@link Constant}, in the order of the source file. */
  static List<Field> annotated(Class<?> c) {
    List<Field> out = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      if (f.isAnnotationPresent(Constant.class)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The classes whose constants section 10 lists. */
  static List<Class<?>> classes() {
    return PARTS.stream().flatMap(p -> p.classes().stream()).toList();
  }

  private static String name(Field f) {
    String pkg = ConstantReference.class.getPackageName() + ".";
    return f.getDeclaringClass().getName().substring(pkg.length()) + "." + f.getName();
  }

  private static String value(Field f) {
    try {
      f.setAccessible(true);
      Object v = f.get(null);
      if (v instanceof double[] a) {
        return IntStream.range(0, a.length)
            .mapToObj(i -> number(a[i]))
            .collect(Collectors.joining(", "));
      }
      if (v instanceof Float x) {
        return new BigDecimal(Float.toString(x)).stripTrailingZeros().toPlainString();
      }
      if (v instanceof Double x) {
        return number(x);
      }
      return String.valueOf(v);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void services(StringBuilder b) {
    b.append("Each service type (`ServiceType`) with the budget head it is paid from, what an hour")
        .append(" costs the council, the hours a week an adult of each income quintile needs, and")
        .append(" what that need costs a year per adult (`need × cost × 52`; its mean over")
        .append(" quintiles is the 2010/11 figure of the source).\n\n");
    b.append(
        "| service | head | statutory | GBP per hour | need q1..q5, hours a week | GBP per adult a"
            + " year q1..q5 | mean | meaning | source |\n");
    b.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (ServiceType s : ServiceType.all()) {
      Constant k;
      try {
        k = ServiceType.class.getField(s.name()).getAnnotation(Constant.class);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
      String needs =
          IntStream.range(0, 5).mapToObj(q -> number(s.need(q))).collect(Collectors.joining(", "));
      double[] gbp =
          IntStream.range(0, 5).mapToDouble(q -> s.need(q) * s.costPerHour() * 52).toArray();
      String costs =
          IntStream.range(0, 5)
              .mapToObj(q -> String.format(Locale.ROOT, "%.0f", gbp[q]))
              .collect(Collectors.joining(", "));
      double mean = java.util.Arrays.stream(gbp).sum() / 5;
      b.append("| `")
          .append(s.key())
          .append("` | `")
          .append(s.head())
          .append("` | ")
          .append(s.statutory() ? "yes" : "no")
          .append(" | ")
          .append(number(s.costPerHour()))
          .append(" | ")
          .append(needs)
          .append(" | ")
          .append(costs)
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", mean))
          .append(" | ")
          .append(cell(k == null ? "" : k.doc()))
          .append(" | ")
          .append(cell(k == null ? "" : k.source()))
          .append(" |\n");
    }
  }

  private static void strategies(StringBuilder b) {
    b.append(
            "Protection of each budget head from cuts (0 = cut like any other, 1 = never cut;"
                + " 7.14),")
        .append(
            " read from each strategy of `model.policy`, and whether it closes facilities strictly")
        .append(" by use (7.16).\n\n");
    b.append("| `council.cut_strategy` |");
    for (BudgetHead h : BudgetHead.values()) {
      b.append(" `").append(h).append("` |");
    }
    b.append(" closes least used first |\n|")
        .append(" --- |".repeat(BudgetHead.COUNT + 2))
        .append('\n');
    for (org.civicsim.scenario.Council.CutStrategy choice :
        org.civicsim.scenario.Council.CutStrategy.values()) {
      CutStrategy s = CutStrategy.of(choice);
      b.append("| `")
          .append(choice.label())
          .append("` (`")
          .append(s.getClass().getSimpleName())
          .append("`) |");
      for (BudgetHead h : BudgetHead.values()) {
        b.append(' ').append(number(s.protection(h))).append(" |");
      }
      b.append(s.closesLeastUsedFirst() ? " yes |\n" : " no |\n");
    }
  }

  private static void rules(StringBuilder b) {
    b.append("What each way of deciding does (7.4, 7.15, 7.17, 7.18), read from each rule of")
        .append(
            " `model.policy`: the share of the ward split that follows voice (λ), the base chance")
        .append(" a civic act is heard, the civic bonus, the cost of an hour in a ward with groups")
        .append(" against the council's own, how grants are shared, and the voice of one civic act")
        .append(" without and with a PB pot of 1% or more.\n\n");
    b.append(
        "| `council.decision_mode` | voice weight λ | base heard | civic bonus | hour cost with"
            + " groups | grants by | act voice | act voice, pot ≥ 1% |\n");
    b.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (org.civicsim.scenario.Council.DecisionMode mode :
        org.civicsim.scenario.Council.DecisionMode.values()) {
      DecisionRule r = DecisionRule.of(mode);
      b.append("| `")
          .append(mode.label())
          .append("` (`")
          .append(r.getClass().getSimpleName())
          .append("`) | ")
          .append(number(r.voiceWeight()))
          .append(" | ")
          .append(number(r.baseHeard()))
          .append(" | ")
          .append(number(r.civicBonus()))
          .append(" | ")
          .append(number(r.hourCost(true)))
          .append(" | ")
          .append(r.grantsByCapacity() ? "capacity" : "need")
          .append(" | ")
          .append(number(r.actVoice(0)))
          .append(" | ")
          .append(number(r.actVoice(0.01)))
          .append(" |\n");
    }
  }

  /** Text safe in a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*", "\\*")
        .strip();
  }
}
