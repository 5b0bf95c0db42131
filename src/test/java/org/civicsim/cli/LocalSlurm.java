package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.civicsim.testing.DebianPackages;

/**
 * A one-node Slurm cluster on 127.0.0.1 for tests, from Debian's slurm-wlm and munge: munged with a
 * key made for it, slurmctld and slurmd in the foreground as child processes, a minimal slurm.conf
 * (no cgroups: proctrack/linuxproc and task/none; no accounting; jobs share the node's cores and
 * are scheduled as soon as one ends), every file and socket in one folder and on free ports, so
 * that it disturbs no other Slurm on the machine. Commands reach it through {@code SLURM_CONF};
 * {@link #close()} cancels its jobs and stops the daemons by their process ids.
 */
final class LocalSlurm implements AutoCloseable {
  private static final List<String> SBIN = List.of("/usr/sbin", "/sbin", "/usr/local/sbin");
  private static final String USER = System.getProperty("user.name");
  private static final boolean ROOT = "root".equals(USER);

  private final Path dir;
  private final Path conf;
  private final List<Process> daemons = new ArrayList<>();

  private LocalSlurm(Path dir) {
    this.dir = dir;
    this.conf = dir.resolve("slurm.conf");
  }

  /** The programs the cluster needs are all present. */
  static boolean installed() {
    for (String p :
        List.of(
            "munged", "slurmctld", "slurmd", "sbatch", "squeue", "scontrol", "sinfo", "scancel")) {
      if (find(p) == null) return false;
    }
    return true;
  }

  /** Installs slurm-wlm and munge from Debian when a program is missing; true if it installed. */
  static boolean install() throws Exception {
    return DebianPackages.ensure(
        "the Slurm test",
        LocalSlurm::installed,
        List.of("slurm-wlm", "munge"),
        "CIVICSIM_SKIP_SLURM");
  }

  /** Starts the cluster in {@code dir} and waits until its node is idle. */
  static LocalSlurm start(Path dir) throws Exception {
    LocalSlurm s = new LocalSlurm(dir);
    try {
      s.boot();
      return s;
    } catch (Exception | Error e) {
      s.close();
      throw e;
    }
  }

  private void boot() throws Exception {
    Path munge = Files.createDirectories(dir.resolve("munge"));
    Files.setPosixFilePermissions(munge, PosixFilePermissions.fromString("rwx------"));
    Path key = munge.resolve("munge.key");
    byte[] bytes = new byte[1024];
    new SecureRandom().nextBytes(bytes);
    Files.write(key, bytes);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
    Path socket = munge.resolve("munge.socket");
    Path state = Files.createDirectories(dir.resolve("state"));
    Path spool = Files.createDirectories(dir.resolve("spool"));
    Path log = Files.createDirectories(dir.resolve("log"));
    int ctldPort = freePort();
    int dPort = freePort();
    while (dPort == ctldPort) dPort = freePort();
    String text =
        String.join(
            "\n",
            "ClusterName=civicsim-test",
            "SlurmctldHost=localhost(127.0.0.1)",
            "SlurmctldPort=" + ctldPort,
            "SlurmdPort=" + dPort,
            "SlurmUser=" + USER,
            "SlurmdUser=" + USER,
            "AuthType=auth/munge",
            "CredType=cred/munge",
            "AuthInfo=socket=" + socket,
            "StateSaveLocation=" + state,
            "SlurmdSpoolDir=" + spool,
            "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
            "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
            "SlurmctldLogFile=" + log.resolve("slurmctld.log"),
            "SlurmdLogFile=" + log.resolve("slurmd.log"),
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "AccountingStorageType=accounting_storage/none",
            "JobAcctGatherType=jobacct_gather/none",
            "JobCompType=jobcomp/none",
            "MpiDefault=none",
            // Cores, not whole nodes, so that the array's tasks share the node's two CPUs.
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_Core",
            // Schedule as soon as a job ends rather than up to 3 s later (the default delay).
            "SchedulerParameters=batch_sched_delay=0",
            "ReturnToService=2",
            "NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN",
            "PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP",
            "");
    Files.writeString(conf, text);
    daemon(
        List.of(
            find("munged"),
            "--foreground",
            "--force",
            "--key-file=" + key,
            "--socket=" + socket,
            "--pid-file=" + munge.resolve("munged.pid"),
            "--seed-file=" + munge.resolve("munged.seed"),
            "--log-file=" + log.resolve("munged.log")),
        log.resolve("munged.out"));
    waitFor(() -> Files.exists(socket), Duration.ofSeconds(20), "munged did not start");
    daemon(List.of(find("slurmctld"), "-D", "-i"), log.resolve("slurmctld.out"));
    daemon(List.of(find("slurmd"), "-D", "-N", "localhost"), log.resolve("slurmd.out"));
    waitFor(
        () -> {
          try {
            return "idle".equals(run("sinfo", "-h", "-o", "%T").trim());
          } catch (Exception e) {
            return false;
          }
        },
        Duration.ofSeconds(60),
        "the node did not become idle");
  }

  /** The environment that points Slurm's commands at this cluster. */
  Map<String, String> env() {
    return Map.of("SLURM_CONF", conf.toString());
  }

  /**
   * Points {@code environment} at this cluster: drops every other SLURM_ variable first, so that a
   * build that itself runs inside a Slurm job does not pass that job's settings to this cluster.
   */
  void pointAtThis(Map<String, String> environment) {
    environment.keySet().removeIf(k -> k.startsWith("SLURM_"));
    environment.putAll(env());
  }

  /** Runs a Slurm command against this cluster; returns its standard output, fails on an error. */
  String run(String program, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(find(program));
    command.addAll(List.of(args));
    return exec(command);
  }

  /** Runs {@code command} with {@code SLURM_CONF} set; its standard output, failing on an error. */
  String exec(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pointAtThis(pb.environment());
    Path out = Files.createTempFile(dir, "cmd", ".out");
    Path err = Files.createTempFile(dir, "cmd", ".err");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not finish in 60 s");
    }
    String o = Files.readString(out);
    String e = Files.readString(err);
    Files.delete(out);
    Files.delete(err);
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + o + e);
    }
    return o;
  }

  /** The end of each daemon's log, to explain a failure. */
  String logs() {
    StringBuilder s = new StringBuilder();
    for (String f : List.of("slurmctld.log", "slurmd.log", "munged.log")) {
      Path p = dir.resolve("log").resolve(f);
      s.append("== ").append(p).append('\n');
      try {
        List<String> lines = Files.readAllLines(p);
        s.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
      } catch (IOException e) {
        s.append("(").append(e.getMessage()).append(")");
      }
      s.append('\n');
    }
    return s.toString();
  }

  /** Cancels every job of the cluster, then stops slurmd, slurmctld and munged by their pids. */
  @Override
  public void close() {
    if (daemons.size() == 3) {
      try {
        run("scancel", "--user=" + USER);
      } catch (Exception e) {
        System.err.println("scancel: " + e.getMessage());
      }
    }
    for (int k = daemons.size() - 1; k >= 0; k--) {
      Process p = daemons.get(k);
      p.destroy(); // SIGTERM to this process id alone
      try {
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          p.waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    daemons.clear();
  }

  private void daemon(List<String> command, Path output) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pointAtThis(pb.environment());
    pb.redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    daemons.add(pb.start());
  }

  private void waitFor(BooleanSupplier done, Duration limit, String what) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      for (Process p : daemons) {
        if (!p.isAlive()) {
          fail(
              what
                  + ": "
                  + p.info().command().orElse("a daemon")
                  + " exited "
                  + p.exitValue()
                  + "\n"
                  + logs()
                  + outputs());
        }
      }
      if (System.nanoTime() > end)
        fail(what + " in " + limit.toSeconds() + " s\n" + logs() + outputs());
      Thread.sleep(200);
    }
  }

  private String outputs() {
    StringBuilder s = new StringBuilder();
    for (String f : List.of("munged.out", "slurmctld.out", "slurmd.out")) {
      try {
        s.append("== ")
            .append(f)
            .append('\n')
            .append(Files.readString(dir.resolve("log").resolve(f)));
      } catch (IOException e) {
        s.append("(").append(e.getMessage()).append(")\n");
      }
    }
    return s.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The absolute path of {@code program} on PATH or in an sbin folder, or null. */
  static String find(String program) {
    List<String> dirs =
        new ArrayList<>(
            List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(SBIN);
    for (String d : dirs) {
      if (d.isEmpty()) continue;
      Path p = Path.of(d, program);
      if (Files.isExecutable(p)) return p.toString();
    }
    return null;
  }
}
