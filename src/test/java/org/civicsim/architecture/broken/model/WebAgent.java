package org.civicsim.architecture.broken.model;

import io.javalin.Javalin;

/** An agent that serves a web page: breaks "only the budget game uses the web server". */
public final class WebAgent {
  /** The server it would start. */
  public Javalin server() {
    return Javalin.create();
  }
}
