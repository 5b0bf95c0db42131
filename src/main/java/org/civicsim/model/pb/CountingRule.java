package org.civicsim.model.pb;

/**
 * A way of turning approval ballots into the projects a participatory budget funds. Every rule
 * breaks ties in favour of the project whose id sorts first as text ({@link String#compareTo}).
 */
public interface CountingRule {
  /** The projects {@code election}'s ballots fund under this rule. */
  Outcome count(Election election);

  /**
   * The rule called {@code rule} ({@code greedy} or {@code equal-shares}) with the given
   * satisfaction and completion (only equal shares completes). IllegalArgumentException, naming the
   * choices, for anything else.
   */
  static CountingRule named(String rule, Satisfaction satisfaction, Completion completion) {
    return switch (rule) {
      case "greedy" -> {
        if (completion != Completion.NONE) {
          throw new IllegalArgumentException(
              "completion " + completion.label() + " applies to equal-shares only");
        }
        yield new Greedy(satisfaction);
      }
      case "equal-shares" -> new EqualShares(satisfaction, completion);
      default ->
          throw new IllegalArgumentException(
              "unknown rule '" + rule + "'; choose greedy or equal-shares");
    };
  }
}
