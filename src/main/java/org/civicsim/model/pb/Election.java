package org.civicsim.model.pb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One participatory-budgeting vote with approval ballots: the money to share out (in the currency
 * of the projects' costs), the projects in the order they were listed, and each voter's ballot as
 * the set of projects the voter approves. What every {@link CountingRule} counts.
 */
public final class Election implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final double budget;
  private final List<Project> projects;
  private final int[][] ballots;
  private final int[][] supporters;

  private Election(double budget, List<Project> projects, int[][] ballots) {
    this.budget = budget;
    this.projects = projects;
    this.ballots = ballots;
    int[] count = new int[projects.size()];
    for (int[] ballot : ballots) {
      for (int p : ballot) {
        count[p]++;
      }
    }
    this.supporters = new int[projects.size()][];
    for (int p = 0; p < count.length; p++) {
      supporters[p] = new int[count[p]];
      count[p] = 0;
    }
    for (int voter = 0; voter < ballots.length; voter++) {
      for (int p : ballots[voter]) {
        supporters[p][count[p]++] = voter;
      }
    }
  }

  /**
   * An election sharing {@code budget} among {@code projects}, each ballot listing the ids of the
   * projects its voter approves. Throws IllegalArgumentException for a negative budget, a project
   * id listed twice, or a ballot naming a project twice or one that is not on the list.
   */
  public static Election of(
      double budget, List<Project> projects, List<? extends Collection<String>> ballots) {
    if (!(budget >= 0) || Double.isInfinite(budget)) {
      throw new IllegalArgumentException("budget must be zero or more, got " + budget);
    }
    Map<String, Integer> index = new HashMap<>();
    for (Project p : projects) {
      if (index.put(p.id(), index.size()) != null) {
        throw new IllegalArgumentException("project " + p.id() + " is listed twice");
      }
    }
    int[][] approved = new int[ballots.size()][];
    for (int voter = 0; voter < approved.length; voter++) {
      approved[voter] = indices(ballots.get(voter), index, voter);
    }
    return new Election(budget, List.copyOf(projects), approved);
  }

  private static int[] indices(Collection<String> ballot, Map<String, Integer> index, int voter) {
    int[] approved = new int[ballot.size()];
    boolean[] seen = new boolean[index.size()];
    int n = 0;
    for (String id : ballot) {
      Integer p = index.get(id);
      if (p == null) {
        throw new IllegalArgumentException(
            "ballot " + (voter + 1) + " approves project " + id + ", which is not on the list");
      }
      if (seen[p]) {
        throw new IllegalArgumentException(
            "ballot " + (voter + 1) + " approves project " + id + " twice");
      }
      seen[p] = true;
      approved[n++] = p;
    }
    return approved;
  }

  /** The money to share out, in the currency of the projects' costs. */
  public double budget() {
    return budget;
  }

  /** The projects in the order they were listed. */
  public List<Project> projects() {
    return projects;
  }

  /** How many ballots were cast. */
  public int voters() {
    return ballots.length;
  }

  /** The ids of the projects voter {@code voter} (from 0) approves, in the ballot's order. */
  public List<String> ballot(int voter) {
    List<String> ids = new ArrayList<>(ballots[voter].length);
    for (int p : ballots[voter]) {
      ids.add(projects.get(p).id());
    }
    return ids;
  }

  /** How many voters approve project number {@code project} (its place in {@link #projects}). */
  public int approvals(int project) {
    return supporters[project].length;
  }

  /** The voters (from 0) approving project number {@code project}; shared, do not change. */
  int[] supporters(int project) {
    return supporters[project];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Election e
        && Double.compare(budget, e.budget) == 0
        && projects.equals(e.projects)
        && Arrays.deepEquals(ballots, e.ballots);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(budget) + projects.hashCode()) + Arrays.deepHashCode(ballots);
  }

  @Override
  public String toString() {
    return "Election[budget="
        + budget
        + ", projects="
        + projects.size()
        + ", voters="
        + ballots.length
        + "]";
  }
}
