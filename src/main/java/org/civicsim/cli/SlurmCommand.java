package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.OutputException;
import org.civicsim.scenario.Sweep;
import org.civicsim.scenario.SweepLoader;

/**
 * {@code civicsim slurm}: checks a sweep file and writes the scripts that run it on a Slurm cluster
 * as a job array of N shards with a dependent merge job (see {@link SlurmScripts} and
 * docs/cluster.md). Submits nothing itself: it prints how to.
 */
@Parameters(
    commandNames = "slurm",
    commandDescription = "Write Slurm job-array scripts for a sweep.")
final class SlurmCommand extends HelpfulCommand {
  @Parameter(description = "SWEEP.yaml")
  private List<String> files = new ArrayList<>();

  @Parameter(names = "--array")
  private Integer array;

  @ParametersDelegate private SharedOptions.Out out = new SharedOptions.Out();

  @Parameter(names = "--partition")
  private String partition;

  @Parameter(names = "--time")
  private String time;

  @Parameter(names = "--mem")
  private String mem;

  @Parameter(names = "--cpus-per-task")
  private Integer cpusPerTask;

  @ParametersDelegate private SharedOptions.Record record = new SharedOptions.Record();

  private static final Set<PosixFilePermission> EXECUTABLE =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE,
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_EXECUTE);

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("slurm", files);
    if (files.size() != 1) {
      throw new ParameterException(
          "slurm takes one sweep file, got "
              + files.size()
              + (files.isEmpty() ? "" : ": " + String.join(" ", files)));
    }
    if (array == null) {
      throw new ParameterException("slurm needs --array N, the number of array tasks (shards)");
    }
    String recording = record.checked();
    List<String> problems = SlurmScripts.problems(partition, time, mem, cpusPerTask);
    if (!problems.isEmpty()) {
      throw new ParameterException(String.join("\n", problems));
    }
    Path file = Path.of(files.get(0)).toAbsolutePath().normalize();
    Sweep sweep = SweepLoader.load(file);
    if (array < 1 || array > sweep.runs()) {
      throw new ParameterException(
          "--array "
              + array
              + ": must be between 1 and the sweep's "
              + sweep.runs()
              + " runs ("
              + sweep.points().size()
              + " points x "
              + sweep.replicates()
              + " replicates)");
    }
    Path dir = out.sweepFolder(sweep.name()).toAbsolutePath().normalize();
    for (Path p : List.of(dir, file)) {
      if (SlurmScripts.UNSAFE_PATH.matcher(p.toString()).find()) {
        throw new InputException(
            p
                + ": Slurm's #SBATCH lines cannot hold a path with blanks,"
                + " quotes, $, ` or %; "
                + (p == dir ? "choose another --out" : "move the sweep file"));
      }
    }
    Path jar = runningJar();
    SlurmScripts scripts =
        new SlurmScripts(
            sweep.name(),
            sweep.runs(),
            file,
            dir,
            Version.commit(),
            array,
            partition,
            time,
            mem,
            cpusPerTask,
            recording);
    write(scripts, jar);
    stdout.println(
        "wrote "
            + dir.resolve(SlurmScripts.ARRAY)
            + " ("
            + array
            + " tasks for "
            + sweep.runs()
            + " runs), "
            + SlurmScripts.MERGE
            + " and "
            + SlurmScripts.SUBMIT);
    stdout.println("submit the array and the merge that waits for it:");
    stdout.println("  " + dir.resolve(SlurmScripts.SUBMIT));
    stdout.println(
        "watch with squeue -u $USER; the merged sweep appears in "
            + dir.resolve(SlurmScripts.MERGED)
            + " (see docs/cluster.md)");
    if (array > 1000) {
      stderr.println(
          "note: many clusters cap job arrays at MaxArraySize (1001 by default,"
              + " so task ids up to 1000): scontrol show config | grep MaxArraySize");
    }
    return ExitCode.OK;
  }

  /**
   * Writes the scripts, a copy of {@code jar} and the logs folder into the scripts' folder, which
   * must be new or empty; each file appears whole or not at all.
   */
  static void write(SlurmScripts scripts, Path jar) throws OutputException {
    Path dir = scripts.dir();
    try {
      if (Files.isDirectory(dir)) {
        try (var list = Files.list(dir)) {
          if (list.findAny().isPresent()) {
            throw new OutputException(dir + " is not empty; choose another --out");
          }
        }
      } else if (Files.exists(dir)) {
        throw new OutputException(dir + " is a file; choose another --out");
      }
      Files.createDirectories(dir.resolve(SlurmScripts.LOGS));
    } catch (IOException e) {
      throw OutputException.cannot("create the folder", dir, e);
    }
    Path copy = dir.resolve(SlurmScripts.JAR);
    try (AtomicFile f = AtomicFile.create(copy)) {
      Files.copy(jar, f.stream());
      f.commit();
    } catch (IOException e) {
      throw OutputException.cannot("copy the jar to", copy, e);
    }
    script(dir.resolve(SlurmScripts.ARRAY), scripts.array());
    script(dir.resolve(SlurmScripts.MERGE), scripts.merge());
    script(dir.resolve(SlurmScripts.SUBMIT), scripts.submit());
  }

  private static void script(Path target, String text) throws OutputException {
    try {
      AtomicFile.write(target, w -> w.write(text));
      Files.setPosixFilePermissions(target, EXECUTABLE);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the scripts still run as bash FILE
    } catch (IOException e) {
      throw OutputException.cannot("write", target, e);
    }
  }

  /**
   * The jar this command runs from, which the jobs will run a copy of; {@code civicsim.jar} (a
   * system property) names it when the classes are not in a jar, as under a test runner.
   */
  static Path runningJar() throws InputException {
    String given = System.getProperty("civicsim.jar");
    Path jar = null;
    try {
      var source = SlurmCommand.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        jar = Path.of(source.getLocation().toURI());
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      jar = null;
    }
    if ((jar == null || !Files.isRegularFile(jar)) && given != null) {
      jar = Path.of(given).toAbsolutePath();
    }
    if (jar == null || !Files.isRegularFile(jar)) {
      throw new InputException(
          "civicsim slurm copies the jar it runs from for the jobs, but it is not running from a"
              + " jar; run it as ./civicsim slurm (which builds target/civicsim.jar)");
    }
    return jar;
  }
}
