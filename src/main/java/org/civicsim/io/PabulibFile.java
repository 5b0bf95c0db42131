package org.civicsim.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicsim.model.pb.Election;
import org.civicsim.model.pb.Project;

/**
 * A participatory-budgeting election as a Pabulib file holds it: the {@code META} keys and values,
 * the {@code PROJECTS} and {@code VOTES} tables as text (every column kept, so that a file written
 * back says what it said), and the {@link Election} that those tables describe.
 */
public record PabulibFile(
    Map<String, String> meta, Table projects, Table votes, Election election) {

  public PabulibFile {
    meta = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /** One section's rows under its header, every value as the file spells it. */
  public record Table(List<String> header, List<List<String>> rows) {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }

    /** Row {@code row}'s value in {@code column}, or null when the table has no such column. */
    public String value(int row, String column) {
      int c = header.indexOf(column);
      return c < 0 ? null : rows.get(row).get(c);
    }
  }

  /**
   * The smallest file of {@code election}: META with its budget, counts and approval voting,
   * projects with their cost and approvals, voters numbered from 1.
   */
  public static PabulibFile of(Election election) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("num_projects", Integer.toString(election.projects().size()));
    meta.put("num_votes", Integer.toString(election.voters()));
    meta.put("budget", number(election.budget()));
    meta.put("vote_type", "approval");
    List<List<String>> projects = new ArrayList<>();
    for (int p = 0; p < election.projects().size(); p++) {
      Project project = election.projects().get(p);
      projects.add(
          List.of(
              project.id(),
              Long.toString(project.cost()),
              Integer.toString(election.approvals(p))));
    }
    List<List<String>> votes = new ArrayList<>();
    for (int v = 0; v < election.voters(); v++) {
      votes.add(List.of(Integer.toString(v + 1), String.join(",", election.ballot(v))));
    }
    return new PabulibFile(
        meta,
        new Table(List.of("project_id", "cost", "votes"), projects),
        new Table(List.of("voter_id", "vote"), votes),
        election);
  }

  /** {@code value} in plain decimal digits, with no exponent and no trailing zeros. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
