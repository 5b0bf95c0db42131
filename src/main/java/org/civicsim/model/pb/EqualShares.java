package org.civicsim.model.pb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Method of Equal Shares (Peters and Skowron; Peters, Pierczynski and Skowron 2021). Each voter
 * holds an equal share of the budget. A project can be bought when its supporters together hold its
 * cost; its price per unit of satisfaction rho is the smallest with the sum over its supporters of
 * min(holding, rho x satisfaction) equal to the cost. The affordable project with the smallest rho
 * is bought, each supporter paying min(holding, rho x satisfaction), until none is affordable. A
 * project that costs nothing (one a city withdrew) is never bought: its price per unit of cost
 * satisfaction is undefined, and the published counts leave it out under both satisfactions. With
 * {@link Completion#ADD1} the count is rerun with every voter's starting share one unit of currency
 * higher at a time, as long as the outcome still fits the budget (and past an outcome that leaves
 * no room for another project, as Wieliczka's count went on).
 *
 * <p>Money is held in doubles. Two prices within {@link #TOLERANCE} of each other (relative) are a
 * tie, which goes to the project whose id sorts first; a project whose supporters hold its cost to
 * within that tolerance is affordable.
 */
public final class EqualShares implements CountingRule {
  /** Relative difference below which two amounts of money or two prices count as equal. */
  static final double TOLERANCE = 1e-9;

  private final Satisfaction satisfaction;
  private final Completion completion;

  public EqualShares(Satisfaction satisfaction, Completion completion) {
    this.satisfaction = satisfaction;
    this.completion = completion;
  }

  @Override
  public Outcome count(Election election) {
    int voters = election.voters();
    if (voters == 0) {
      return new Outcome(List.of());
    }
    double share = election.budget() / voters;
    Count count = new Count(election);
    Outcome outcome = count.run(share);
    return completion == Completion.ADD1 ? addOne(count, election, share, outcome) : outcome;
  }

  /**
   * Add1 completion: raises every voter's starting share by one unit of currency at a time and
   * keeps the last outcome that fits the budget, stopping at the first that does not, once an
   * outcome funds every project anyone approves (raising can add nothing more), or when a voter's
   * share would exceed the whole budget (a bound on the reruns).
   *
   * <p>It does not stop at the first outcome that leaves no room for another project, as the
   * published sketches of add1 do: Wieliczka's count went on. Its Green Budget 2023 at 150 zloty
   * more a voter funds 31 projects for 984,579 with nothing more that fits, but the city funded the
   * 30 projects for 995,079 that 154 to 164 zloty more give (165 more overspends).
   */
  private static Outcome addOne(Count count, Election election, double share, Outcome outcome) {
    for (long raise = 1; !fundsEveryProject(election, outcome); raise++) {
      double raised = share + raise;
      if (raised > election.budget()) {
        break;
      }
      Outcome next = count.run(raised);
      if (next.cost() > election.budget()) {
        break;
      }
      outcome = next;
    }
    return outcome;
  }

  /** Whether {@code outcome} funds every project that anyone approves and that costs something. */
  private static boolean fundsEveryProject(Election election, Outcome outcome) {
    List<Project> projects = election.projects();
    int buyable = 0;
    for (int p = 0; p < projects.size(); p++) {
      if (election.approvals(p) > 0 && projects.get(p).cost() > 0) {
        buyable++;
      }
    }
    return outcome.funded().size() == buyable;
  }

  /** One count from equal starting shares, with its scratch arrays kept for the next. */
  private final class Count {
    private final Election election;
    private final List<Project> projects;
    private final double[] holding;

    /** Each project's last computed price: prices only rise as voters spend. */
    private final double[] lowestPrice;

    private final double[] scratch;
    private final Integer[] order;

    Count(Election election) {
      this.election = election;
      this.projects = election.projects();
      this.holding = new double[election.voters()];
      this.lowestPrice = new double[projects.size()];
      int most = 0;
      for (int p = 0; p < projects.size(); p++) {
        most = Math.max(most, election.approvals(p));
      }
      this.scratch = new double[most];
      this.order = new Integer[projects.size()];
    }

    Outcome run(double share) {
      Arrays.fill(holding, share);
      Arrays.fill(lowestPrice, 0.0);
      List<Integer> open = new ArrayList<>();
      for (int p = 0; p < projects.size(); p++) {
        open.add(p);
      }
      Comparator<Integer> cheapestFirst =
          Comparator.<Integer>comparingDouble(p -> lowestPrice[p])
              .thenComparing(p -> projects.get(p).id());
      List<Project> funded = new ArrayList<>();
      while (!open.isEmpty()) {
        open.sort(cheapestFirst);
        int best = -1;
        double bestPrice = Double.POSITIVE_INFINITY;
        for (int i = 0; i < open.size(); i++) {
          int p = open.get(i);
          if (lowestPrice[p] > bestPrice * (1 + TOLERANCE)) {
            break;
          }
          double price = price(p);
          if (Double.isNaN(price)) {
            open.remove(i--);
            continue;
          }
          lowestPrice[p] = price;
          int c = best < 0 ? -1 : compare(price, bestPrice);
          if (c < 0 || (c == 0 && projects.get(p).id().compareTo(projects.get(best).id()) < 0)) {
            best = p;
            bestPrice = price;
          }
        }
        if (best < 0) {
          break;
        }
        pay(best, bestPrice * satisfaction.of(projects.get(best)));
        open.remove(Integer.valueOf(best));
        funded.add(projects.get(best));
      }
      return new Outcome(funded);
    }

    /**
     * The smallest rho at which project {@code p}'s supporters can pay its cost, each paying
     * min(holding, rho x satisfaction), or NaN when together they hold less than its cost (they
     * never will again: holdings only fall) or it costs nothing. Exact up to rounding: the
     * supporters' holdings are sorted and those who cannot pay the equal part pay all they have.
     */
    private double price(int p) {
      int[] supporters = election.supporters(p);
      int k = supporters.length;
      double held = 0;
      for (int i = 0; i < k; i++) {
        scratch[i] = holding[supporters[i]];
        held += scratch[i];
      }
      double cost = projects.get(p).cost();
      if (k == 0 || cost == 0 || held < cost * (1 - TOLERANCE)) {
        return Double.NaN;
      }
      Arrays.sort(scratch, 0, k);
      double sat = satisfaction.of(projects.get(p));
      double paid = 0;
      for (int i = 0; i < k; i++) {
        double each = (cost - paid) / (k - i);
        if (each <= scratch[i]) {
          return each / sat;
        }
        paid += scratch[i];
      }
      return scratch[k - 1] / sat;
    }

    /** Every supporter of {@code p} pays {@code each}, or all they hold if that is less. */
    private void pay(int p, double each) {
      for (int voter : election.supporters(p)) {
        holding[voter] = Math.max(0.0, holding[voter] - Math.min(holding[voter], each));
      }
    }
  }

  /** -1, 0 or 1 as price {@code a} is below, level with (within tolerance) or above {@code b}. */
  private static int compare(double a, double b) {
    if (Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) {
      return 0;
    }
    return a < b ? -1 : 1;
  }

  @Override
  public String toString() {
    return "equal shares, "
        + satisfaction.label()
        + " satisfaction, "
        + completion.label()
        + " completion";
  }
}
