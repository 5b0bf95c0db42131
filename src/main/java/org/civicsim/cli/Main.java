package org.civicsim.cli;

import com.beust.jcommander.JCommander;
import com.beust.jcommander.MissingCommandException;
import com.beust.jcommander.ParameterException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.civicsim.io.OutputException;
import org.civicsim.scenario.Problem;
import org.civicsim.scenario.ScenarioException;

/**
 * The command line, {@code civicsim COMMAND [OPTIONS]}: parses the arguments, runs the command and
 * turns what went wrong into an exit code: 2 with plain lines for bad input, 1 with a stack trace
 * for an internal error.
 */
public final class Main {
  static final String SCENARIO_HINT = "see docs/scenarios.md for every scenario key";

  private final PrintStream out;
  private final PrintStream err;

  /** A command line writing results to {@code out} and messages to {@code err}. */
  public Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code = new Main(System.out, System.err).execute(args);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the command in {@code args} and returns its exit code. */
  public int execute(String... args) {
    String command = null;
    try {
      GlobalOptions global = new GlobalOptions();
      RunCommand run = new RunCommand(List.of(args));
      SweepCommand sweep = new SweepCommand();
      MergeCommand merge = new MergeCommand();
      SlurmCommand slurm = new SlurmCommand();
      ValidateCommand validate = new ValidateCommand();
      CalibrateCommand calibrate = new CalibrateCommand();
      HistoryCommand history = new HistoryCommand(List.of(args));
      ExplainCommand explain = new ExplainCommand();
      NewCommand copy = new NewCommand();
      ReportCommand report = new ReportCommand();
      BenchCommand bench = new BenchCommand();
      GuiCommand gui = new GuiCommand();
      PlayCommand play = new PlayCommand();
      PbCommand pb = new PbCommand();
      HelpCommand help = new HelpCommand();
      JCommander commander =
          JCommander.newBuilder()
              .programName("civicsim")
              .expandAtSign(false)
              .addObject(global)
              .addCommand(run)
              .addCommand(sweep)
              .addCommand(merge)
              .addCommand(slurm)
              .addCommand(validate)
              .addCommand(calibrate)
              .addCommand(history)
              .addCommand(explain)
              .addCommand(copy)
              .addCommand(report)
              .addCommand(bench)
              .addCommand(gui)
              .addCommand(play)
              .addCommand(pb)
              .addCommand(help)
              .build();
      command = commandName(args);
      commander.parse(args);
      if (global.version) {
        out.println(Version.describe());
        return ExitCode.OK;
      }
      command = commander.getParsedCommand();
      if (global.help) {
        out.print(Usage.MAIN);
        return ExitCode.OK;
      }
      if (command == null) {
        err.print(Usage.MAIN);
        return ExitCode.BAD_INPUT;
      }
      Command chosen =
          switch (command) {
            case "run" -> run;
            case "sweep" -> sweep;
            case "merge" -> merge;
            case "slurm" -> slurm;
            case "validate" -> validate;
            case "calibrate" -> calibrate;
            case "history" -> history;
            case "explain" -> explain;
            case "new" -> copy;
            case "report" -> report;
            case "bench" -> bench;
            case "gui" -> gui;
            case "play" -> play;
            case "pb" -> pb;
            default -> help;
          };
      if (chosen.helpWanted()) {
        out.print(Usage.of(command));
        return ExitCode.OK;
      }
      return chosen.execute(out, err);
    } catch (MissingCommandException e) {
      err.println("unknown command '" + e.getUnknownCommand() + "'; commands: " + Usage.COMMANDS);
      err.println(Usage.brief(""));
      return ExitCode.BAD_INPUT;
    } catch (ParameterException e) {
      err.println(e.getMessage());
      err.println(Usage.brief(command == null ? "" : command));
      return ExitCode.BAD_INPUT;
    } catch (InputException | OutputException e) {
      err.println(e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        err.println(p.format());
      }
      err.println(SCENARIO_HINT);
      return ExitCode.BAD_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("interrupted; no results were written");
      return ExitCode.INTERNAL_ERROR;
    } catch (OutOfMemoryError e) {
      err.println(
          "internal error: out of memory; give Java more, for example"
              + " CIVICSIM_JAVA_OPTS=-Xmx8g ./civicsim ...");
      return ExitCode.INTERNAL_ERROR;
    } catch (Exception | Error e) {
      err.println("internal error: " + e);
      e.printStackTrace(err);
      return ExitCode.INTERNAL_ERROR;
    }
  }

  /** The first argument that is not an option, as a guess at the command before parsing. */
  private static String commandName(String[] args) {
    return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
  }
}
