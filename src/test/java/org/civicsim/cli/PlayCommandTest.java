package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civicsim play}'s mistakes, each answered with exit code 2 and one line saying what to do,
 * before any server starts; and its help, which says the game listens on localhost by default.
 */
class PlayCommandTest {
  private final InProcess cli = new InProcess();
  @TempDir Path dir;

  private void refused(String expected, String... args) {
    assertEquals(ExitCode.BAD_INPUT, cli.run(args), cli.err());
    assertTrue(cli.err().contains(expected), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
  }

  @Test
  void mistakesAreRefusedBeforeAServerStarts() {
    refused("--port must be 0 (any free port) to 65535", "play", "--port", "70000");
    refused("--set expects KEY=VALUE", "play", "--set", "council");
    refused("--out goes with --replay", "play", "--out", dir.toString());
    refused("holds no saved game", "play", "--replay", dir.toString());
    refused("play takes one scenario file", "play", "a.yaml", "b.yaml");
  }

  @Test
  void theHelpSaysTheGameListensOnThisMachineOnly() {
    assertEquals(ExitCode.OK, cli.run("help", "play"));
    assertTrue(cli.out().contains("default 127.0.0.1: this machine only"), cli.out());
  }
}
