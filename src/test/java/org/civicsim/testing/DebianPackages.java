package org.civicsim.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The outside programs a test needs, installed from Debian's packages when missing, as CI's fresh
 * machine needs them: apt-get install (after apt-get update when the package lists are missing or
 * old), with sudo when not root; a test that cannot have them fails saying what to install and
 * which variable skips it, never silently.
 */
public final class DebianPackages {
  private DebianPackages() {}

  /** True when {@code program} is an executable file in a folder on the PATH. */
  public static boolean onPath(String program) {
    return find(program) != null;
  }

  /** The executable {@code program} on the PATH, or null. */
  public static Path find(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) return p;
    }
    return null;
  }

  /**
   * Installs {@code packages} when any of {@code programs} is missing from the PATH, for {@code
   * what} (a test's name in a message), which {@code skip}=1 would skip; true if it installed.
   */
  public static boolean ensure(
      String what, List<String> programs, List<String> packages, String skip) throws Exception {
    return ensure(what, () -> programs.stream().allMatch(DebianPackages::onPath), packages, skip);
  }

  /** As {@link #ensure(String, List, List, String)}, with the test's own check of what it needs. */
  public static boolean ensure(
      String what, BooleanSupplier present, List<String> packages, String skip) throws Exception {
    if (present.getAsBoolean()) return false;
    String why =
        what
            + " needs Debian's "
            + String.join(", ", packages)
            + "; install them (apt-get install "
            + String.join(" ", packages)
            + ") or set "
            + skip
            + "=1";
    if (!onPath("apt-get")) fail(why + " (no apt-get here)");
    List<String> sudo =
        "root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n");
    List<String> install = new ArrayList<>(sudo);
    install.addAll(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"));
    install.addAll(packages);
    List<String> update = new ArrayList<>(sudo);
    update.addAll(List.of("apt-get", "update", "-q"));
    // The package lists may be missing or old on a new machine: update once, then retry.
    StringBuilder log = new StringBuilder();
    if (apt(install, log) != 0 && (apt(update, log) != 0 || apt(install, log) != 0)) {
      fail(why + "; " + String.join(" ", install) + " failed:\n" + tail(log));
    }
    if (!present.getAsBoolean()) fail(why + " (still missing after installing)");
    return true;
  }

  private static int apt(List<String> command, StringBuilder log) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    log.append(String.join(" ", command)).append(":\n").append(out);
    return code;
  }

  private static String tail(StringBuilder log) {
    return log.length() > 4000 ? log.substring(log.length() - 4000) : log.toString();
  }
}
