package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.io.Pabulib;
import org.civicsim.io.PabulibException;
import org.civicsim.io.PabulibFile;
import org.civicsim.model.pb.Completion;
import org.civicsim.model.pb.CountingRule;
import org.civicsim.model.pb.Election;
import org.civicsim.model.pb.Outcome;
import org.civicsim.model.pb.Project;
import org.civicsim.model.pb.Satisfaction;

/**
 * {@code civicsim pb}: counts real participatory-budgeting elections (Pabulib files) by one of the
 * model's counting rules and prints what each funds, as a table or as one line of ids.
 */
@Parameters(commandNames = "pb", commandDescription = "Count participatory-budgeting elections.")
final class PbCommand extends HelpfulCommand {
  /** A project's name is cut to this many characters in the table. */
  private static final int NAME_WIDTH = 50;

  @Parameter(description = "FILE.pb...")
  private List<String> files = new ArrayList<>();

  @Parameter(names = "--rule")
  private String rule = "greedy";

  @Parameter(names = "--satisfaction")
  private String satisfaction = "cost";

  @Parameter(names = "--completion")
  private String completion = "none";

  @Parameter(names = "--ids")
  private boolean ids;

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws InputException {
    Positionals.requireSome("pb", files, "Pabulib file (.pb)");
    CountingRule counting;
    try {
      counting =
          CountingRule.named(rule, Satisfaction.named(satisfaction), Completion.named(completion));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(e.getMessage());
    }
    List<PabulibFile> elections = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String file : files) {
      try {
        elections.add(Pabulib.read(Path.of(file)));
      } catch (InvalidPathException e) {
        problems.add(file + ": not a valid file name");
      } catch (PabulibException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(String.join(System.lineSeparator(), problems));
    }
    for (int f = 0; f < files.size(); f++) {
      Outcome outcome = counting.count(elections.get(f).election());
      if (ids) {
        stdout.println(files.get(f) + "\t" + String.join(" ", outcome.ids()));
      } else {
        table(stdout, files.get(f), counting, elections.get(f), outcome);
      }
    }
    return ExitCode.OK;
  }

  /** What {@code outcome} funds in {@code file}, project by project in the order funded. */
  private static void table(
      PrintStream out, String name, CountingRule counting, PabulibFile file, Outcome outcome) {
    Election election = file.election();
    out.printf(Locale.ROOT, "%s: %s%n", name, counting);
    out.printf(
        Locale.ROOT,
        "budget %s, %,d voter%s, %d project%s, %d funded%n",
        money(election.budget()),
        election.voters(),
        election.voters() == 1 ? "" : "s",
        election.projects().size(),
        election.projects().size() == 1 ? "" : "s",
        outcome.funded().size());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("project", "cost", "votes", "name"));
    for (Project p : outcome.funded()) {
      int index = election.projects().indexOf(p);
      String title = file.projects().value(index, "name");
      rows.add(
          List.of(
              p.id(),
              money(p.cost()),
              String.format(Locale.ROOT, "%,d", election.approvals(index)),
              title == null ? "" : shortened(title)));
    }
    if (rows.size() > 1) {
      ResultTable.columns(out, rows);
    }
    double share = election.budget() > 0 ? outcome.cost() / election.budget() : 0;
    out.printf(
        Locale.ROOT,
        "spent %s of %s (%.1f%% of the budget)%n%n",
        money(outcome.cost()),
        money(election.budget()),
        100 * share);
  }

  /** An amount of money with thousands separated, and pence (groszy) only when it has them. */
  private static String money(double amount) {
    return amount == Math.rint(amount)
        ? String.format(Locale.ROOT, "%,.0f", amount)
        : String.format(Locale.ROOT, "%,.2f", amount);
  }

  private static String shortened(String title) {
    return title.length() <= NAME_WIDTH ? title : title.substring(0, NAME_WIDTH - 3) + "...";
  }
}
