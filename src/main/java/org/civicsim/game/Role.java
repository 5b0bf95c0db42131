package org.civicsim.game;

import java.util.Locale;

/**
 * A seat at the budget game's table: the partners of a place whom Bovaird asks to "figure out how
 * to make best use of the totality of community resources" together. Each role owns its own {@link
 * Lever}s and no other's.
 */
public enum Role {
  COUNCIL("The council", "budget lines, cut strategy, decision mode, grants and fund"),
  COMMUNITY("Community groups", "volunteers, fund-raising, bids to take over facilities"),
  AGENCIES("Public agencies", "health and police money pooled into a place budget (Total Place)"),
  BUSINESS("Local businesses", "money for community projects and staff time"),
  PANEL("Residents' panel", "how residents are heard: inclusive voice, online, open budget");

  private final String title;
  private final String remit;

  Role(String title, String remit) {
    this.title = title;
    this.remit = remit;
  }

  /** The name the page shows. */
  public String title() {
    return title;
  }

  /** What the role decides, in a phrase. */
  public String remit() {
    return remit;
  }

  /** The role's id in links and requests: its name in lower case. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role with this id, or null when there is none. */
  public static Role byId(String id) {
    if (id == null) return null;
    for (Role r : values()) if (r.id().equals(id)) return r;
    return null;
  }
}
