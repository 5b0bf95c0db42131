package org.civicsim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.civicsim.model.CivicModel;
import org.civicsim.model.CommunityGroups;
import org.civicsim.model.ServiceType;
import org.civicsim.model.Services;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.Double2D;
import sim.util.gui.SimpleColorMap;

/**
 * The borough map: one square tile per ward (laid out row by row in ward order, so the boroughs of
 * a national run follow each other), coloured by coverage (white 0.5 or less, blue 1) or
 * participation (white 0, blue 0.8), with a dot per facility coloured by who runs it and a purple
 * disc for the ward's community groups (their number inside, their members beside it). Colours are
 * read from the model's own arrays when drawn; nothing is copied.
 */
final class BoroughMap {
  static final Color COUNCIL = Palette.BLACK;
  static final Color COMMUNITY = Palette.ORANGE;
  static final Color CLOSED = Palette.VERMILION;
  static final Color GROUPS = Palette.PURPLE;
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 11);

  final ContinuousPortrayal2D portrayal = new ContinuousPortrayal2D();
  // Coverage stays high for years and participation stays below a half: each scale spans the
  // values a borough shows, so that differences between wards can be seen.
  private final SimpleColorMap coverageShades =
      new SimpleColorMap(0.5, 1, new Color(255, 255, 255), new Color(86, 160, 210));
  private final SimpleColorMap participationShades =
      new SimpleColorMap(0, 0.8, new Color(255, 255, 255), new Color(86, 160, 210));
  int columns = 1;
  int rows = 1;

  /** A ward, as the inspector shows it when clicked. */
  public static final class Ward {
    private final CivicSimulation sim;
    private final Snapshot snapshot;
    private final int w;

    Ward(CivicSimulation sim, Snapshot snapshot, int w) {
      this.sim = sim;
      this.snapshot = snapshot;
      this.w = w;
    }

    public int getWard() {
      return w;
    }

    public double getDeprivation() {
      return sim.model().wards().deprivation[w];
    }

    public int getResidents() {
      return sim.model().wards().size(w);
    }

    public double getCoverage() {
      return w < snapshot.wardCoverage.length ? snapshot.wardCoverage[w] : 0;
    }

    public double getParticipation() {
      return w < snapshot.wardParticipation.length ? snapshot.wardParticipation[w] : 0;
    }

    public int getGroups() {
      return sim.model().groups().inWard(w);
    }

    public String getFacilities() {
      Services s = sim.model().services();
      StringBuilder b = new StringBuilder();
      for (ServiceType t : ServiceType.values()) {
        byte op = s.operator[Services.index(w, t)];
        if (b.length() > 0) b.append(", ");
        b.append(t.name().toLowerCase()).append(": ").append(operatorName(op));
      }
      return b.toString();
    }

    @Override
    public String toString() {
      return "ward " + w;
    }
  }

  /**
   * The community groups of one ward, drawn as a purple disc at the tile's top left with the number
   * of groups in it and their members beside it; the inspector lists each group.
   */
  public static final class WardGroups {
    private final CivicSimulation sim;
    private final int w;

    WardGroups(CivicSimulation sim, int w) {
      this.sim = sim;
      this.w = w;
    }

    public int getWard() {
      return w;
    }

    public int getGroups() {
      return sim.model().groups().inWard(w);
    }

    public int getMembers() {
      CommunityGroups g = sim.model().groups();
      int n = 0;
      for (int k = 0; k < g.inWard(w); k++) n += g.members[g.groupOf(w, k)];
      return n;
    }

    public int getActiveMembers() {
      CommunityGroups g = sim.model().groups();
      int n = 0;
      for (int k = 0; k < g.inWard(w); k++) n += g.activeMembers[g.groupOf(w, k)];
      return n;
    }

    /** Each group of the ward (view one to inspect it). */
    public ResidentNetwork.Group[] getGroupList() {
      CommunityGroups g = sim.model().groups();
      ResidentNetwork.Group[] list = new ResidentNetwork.Group[g.inWard(w)];
      for (int k = 0; k < list.length; k++)
        list[k] = new ResidentNetwork.Group(sim, g.groupOf(w, k));
      return list;
    }

    @Override
    public String toString() {
      return "groups in ward " + w;
    }
  }

  /** A facility of one ward and service type. */
  public static final class Facility {
    private final CivicSimulation sim;
    private final int f;

    Facility(CivicSimulation sim, int f) {
      this.sim = sim;
      this.f = f;
    }

    public String getService() {
      return ServiceType.values()[f % ServiceType.COUNT].name().toLowerCase();
    }

    public int getWard() {
      return f / ServiceType.COUNT;
    }

    public String getRunBy() {
      return operatorName(sim.model().services().operator[f]);
    }

    public double getCoverage() {
      return sim.model().services().coverage[f];
    }

    byte operator() {
      return sim.model().services().operator[f];
    }

    @Override
    public String toString() {
      return getService() + " in ward " + getWard();
    }
  }

  static String operatorName(byte op) {
    return switch (op) {
      case Services.COUNCIL -> "council";
      case Services.COMMUNITY -> "community";
      default -> "closed";
    };
  }

  /** Lays out the wards of a freshly started model. */
  void build(CivicSimulation sim, Snapshot snapshot) {
    CivicModel m = sim.model();
    int wards = m.wardCount();
    columns = (int) Math.ceil(Math.sqrt(wards));
    rows = (wards + columns - 1) / columns;
    Continuous2D field = new Continuous2D(1, columns, rows);
    for (int w = 0; w < wards; w++) {
      double x = w % columns + 0.5;
      double y = w / columns + 0.5;
      field.setObjectLocation(new Ward(sim, snapshot, w), new Double2D(x, y));
      field.setObjectLocation(new WardGroups(sim, w), new Double2D(x - 0.3, y - 0.3));
      for (int t = 0; t < ServiceType.COUNT; t++) {
        double dx = -0.3 + 0.2 * t;
        field.setObjectLocation(
            new Facility(sim, w * ServiceType.COUNT + t), new Double2D(x + dx, y + 0.3));
      }
    }
    portrayal.setField(field);
    portrayal.setPortrayalForClass(
        Ward.class,
        new RectanglePortrayal2D(Color.WHITE, 0.94, true) {
          private static final long serialVersionUID = 1L;

          @Override
          public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            Ward ward = (Ward) object;
            paint =
                sim.colourByParticipation()
                    ? participationShades.getColor(ward.getParticipation())
                    : coverageShades.getColor(ward.getCoverage());
            super.draw(object, graphics, info);
          }
        });
    portrayal.setPortrayalForClass(
        WardGroups.class,
        new OvalPortrayal2D(GROUPS, 0.24, true) {
          private static final long serialVersionUID = 1L;

          @Override
          public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            super.draw(object, graphics, info);
            double d = info.draw.width * scale;
            if (d < 14) return; // too small to read: the inspector still tells
            WardGroups g = (WardGroups) object;
            graphics.setFont(LABEL.deriveFont((float) Math.min(12, d * 0.5)));
            FontMetrics fm = graphics.getFontMetrics();
            String count = Integer.toString(g.getGroups());
            graphics.setColor(Color.WHITE);
            graphics.drawString(
                count,
                (float) (info.draw.x - fm.stringWidth(count) / 2.0),
                (float) (info.draw.y + fm.getAscent() / 2.0 - 1));
            graphics.setColor(Palette.BLACK);
            graphics.setFont(LABEL.deriveFont(Font.PLAIN, (float) Math.min(10, d * 0.42)));
            graphics.drawString(
                g.getMembers() + " members",
                (float) (info.draw.x + d * 0.65),
                (float) (info.draw.y + fm.getAscent() / 2.0 - 1));
          }
        });
    portrayal.setPortrayalForClass(
        Facility.class,
        new OvalPortrayal2D(COUNCIL, 0.14, true) {
          private static final long serialVersionUID = 1L;

          @Override
          public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            byte op = ((Facility) object).operator();
            paint =
                op == Services.COUNCIL ? COUNCIL : op == Services.COMMUNITY ? COMMUNITY : CLOSED;
            super.draw(object, graphics, info);
          }
        });
  }
}
