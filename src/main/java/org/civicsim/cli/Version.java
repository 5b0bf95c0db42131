package org.civicsim.cli;

/**
 * The software's identity for {@code --version} and manifests: the version in the jar's manifest
 * ({@code Implementation-Version}) and the git commit the launcher passes in the system property
 * {@code civicsim.commit}.
 */
final class Version {
  private Version() {}

  /** The version of civicsim, or {@code unknown} when not run from the packaged jar. */
  static String version() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }

  /** The git commit the jar was built from (with -dirty for uncommitted changes), or null. */
  static String commit() {
    String c = System.getProperty("civicsim.commit");
    return c == null || c.isBlank() ? null : c.trim();
  }

  /** {@code civicsim 0.1.0 (commit abc123)}. */
  static String describe() {
    String c = commit();
    return "civicsim " + version() + (c == null ? "" : " (commit " + c + ")");
  }
}
