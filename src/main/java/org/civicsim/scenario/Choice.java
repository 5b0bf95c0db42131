package org.civicsim.scenario;

/**
 * An enumerated scenario value with the spelling used in files ({@code protect-statutory}). Enum
 * constants are named in upper snake case and spelled in files in lower kebab case.
 */
public interface Choice {
  String name();

  /** The spelling in scenario files. */
  default String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
