package org.civicsim.game;

/**
 * A request the game refuses, with a message for the person who made it and the HTTP status that
 * says why: 400 a value that is not allowed, 403 a decision that is not the player's to make, 404
 * no such game, 409 not now (the year is running, or the game is over), 415 a change not sent as
 * JSON.
 */
public final class GameException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;

  private GameException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status that says why. */
  public int status() {
    return status;
  }

  public static GameException badInput(String message) {
    return new GameException(400, message);
  }

  public static GameException refused(String message) {
    return new GameException(403, message);
  }

  public static GameException notFound(String message) {
    return new GameException(404, message);
  }

  public static GameException notNow(String message) {
    return new GameException(409, message);
  }

  public static GameException notJson() {
    return new GameException(415, "send changes as JSON (Content-Type: application/json)");
  }
}
