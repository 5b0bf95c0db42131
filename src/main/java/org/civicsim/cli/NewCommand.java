package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.OutputException;
import org.civicsim.scenario.ResolvedValue;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;

/**
 * {@code civicsim new NAME --from SCENARIO}: copies a scenario file word for word, comments
 * included, to scenarios/NAME.yaml with only its {@code name:} and {@code description:} changed, so
 * that a student starts from a working, commented scenario rather than a blank file.
 */
@Parameters(commandNames = "new", commandDescription = "Copy a scenario under a new name.")
final class NewCommand extends HelpfulCommand {
  static final String SCENARIOS = "scenarios";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final int NAMES_SHOWN = 12;

  @Parameter(description = "NAME")
  private List<String> names = new ArrayList<>();

  @Parameter(names = "--from")
  private String from = "baseline";

  @Parameter(names = "--out")
  private String out;

  @Parameter(names = "--description")
  private String description;

  @Parameter(names = "--force")
  private boolean force;

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("new", names);
    String name = name();
    Path source = source(from);
    Path target = target(name);
    if (Files.exists(target) && Files.isSameFile(source, target)) {
      throw new InputException(
          target + " is the scenario being copied; choose another name or --out");
    }
    if (Files.isDirectory(target)) {
      throw new InputException("cannot write " + target + ": it is a folder");
    }
    if (Files.exists(target) && !force) {
      throw new InputException(
          target + " already exists; choose another name, or add --force to replace it");
    }
    ScenarioLoader.load(source, List.of()); // a broken source is reported before anything is made
    String text = read(source);
    String newDescription = description != null ? description : copiedFrom(text, source);
    String copied = ScenarioCopy.rename(text, name, newDescription);
    check(text, copied, source, target, name, newDescription);
    write(target, copied);
    stdout.println("created " + target + ", a copy of " + source);
    stdout.println("next: edit " + target + ", then");
    stdout.println("  ./civicsim validate " + target);
    stdout.println("  ./civicsim explain " + target + " --changed");
    stdout.println("  ./civicsim run " + target);
    return ExitCode.OK;
  }

  private String name() {
    if (names.size() != 1) {
      throw new ParameterException(
          names.isEmpty()
              ? "new needs a name for the copy, for example: civicsim new deep-cuts --from baseline"
              : "new takes one name, got " + names.size() + ": " + String.join(" ", names));
    }
    String name = names.get(0);
    if (!NAME.matcher(name).matches()) {
      String hint =
          name.endsWith(".yaml") || name.endsWith(".yml")
              ? "; write the name without .yaml (the file is scenarios/NAME.yaml)"
              : "; for example deep-cuts or pb_1pc";
      throw new ParameterException(
          "the name '" + name + "' may hold only letters, digits, - and _" + hint);
    }
    return name;
  }

  /**
   * The file to copy: {@code spec} as a path when that is a file, else, for a bare name such as
   * {@code baseline}, scenarios/baseline.yaml.
   */
  static Path source(String spec) throws InputException {
    Path given;
    try {
      given = Path.of(spec);
    } catch (InvalidPathException e) {
      throw new InputException("cannot read " + spec + ": not a valid file name");
    }
    if (Files.isRegularFile(given) || spec.contains("/") || spec.contains("\\")) {
      return ScenarioFiles.readable(spec);
    }
    String file = spec.endsWith(".yaml") || spec.endsWith(".yml") ? spec : spec + ".yaml";
    Path named = Path.of(SCENARIOS, file);
    if (Files.isRegularFile(named)) {
      return ScenarioFiles.readable(named.toString());
    }
    throw new InputException(
        "cannot read "
            + spec
            + ": no such file (looked for "
            + spec
            + " and "
            + named
            + ")"
            + available());
  }

  /** "; scenarios/ holds baseline, deep-cuts", the names {@code --from} accepts, or "". */
  private static String available() {
    try (Stream<Path> files = Files.list(Path.of(SCENARIOS))) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".yaml"))
              .map(f -> f.substring(0, f.length() - ".yaml".length()))
              .sorted()
              .toList();
      if (names.isEmpty()) {
        return "";
      }
      String shown = String.join(", ", names.subList(0, Math.min(names.size(), NAMES_SHOWN)));
      return "; " + SCENARIOS + "/ holds " + shown + (names.size() > NAMES_SHOWN ? ", ..." : "");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private Path target(String name) {
    String path = out != null ? out : Path.of(SCENARIOS, name + ".yaml").toString();
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new ParameterException("--out " + out + ": not a valid file name");
    }
  }

  private static String read(Path source) throws InputException {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new InputException("cannot read " + source + ": " + OutputException.reason(e));
    }
  }

  /** "Copied from baseline: Austerity with ...", the source's own description kept after it. */
  private String copiedFrom(String text, Path source) throws ScenarioException {
    String original = "";
    for (ResolvedValue v : ScenarioLoader.explain(text, source.toString(), List.of())) {
      if (v.key().equals("description")) {
        original = v.valueText();
      }
    }
    return original.isBlank()
        ? "Copied from " + from + "."
        : "Copied from " + from + ": " + original;
  }

  /**
   * The copy must load to the source's values apart from its name and description; a layout the
   * line editing cannot handle is a bug to report, never a silently different scenario.
   */
  private static void check(
      String text, String copied, Path source, Path target, String name, String description) {
    try {
      List<ResolvedValue> before = ScenarioLoader.explain(text, source.toString(), List.of());
      List<ResolvedValue> after = ScenarioLoader.explain(copied, target.toString(), List.of());
      if (values(before).equals(values(after))
          && value(after, "name").equals(name)
          && value(after, "description").equals(description)) {
        return;
      }
    } catch (ScenarioException e) {
      // the copy does not load: reported below as the bug it is
    }
    throw new IllegalStateException(
        "the copy of " + source + " would not load as the same scenario named " + name);
  }

  private static List<String> values(List<ResolvedValue> values) {
    return values.stream()
        .filter(v -> !v.key().equals("name") && !v.key().equals("description"))
        .map(v -> v.key() + "=" + v.valueText())
        .toList();
  }

  private static String value(List<ResolvedValue> values, String key) {
    return values.stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow().valueText();
  }

  private static void write(Path target, String text) throws OutputException {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFile.write(target, w -> w.write(text));
    } catch (IOException e) {
      throw OutputException.cannot("write", target, e);
    }
  }
}
