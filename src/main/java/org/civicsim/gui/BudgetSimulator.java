package org.civicsim.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JTable;
import javax.swing.Timer;
import javax.swing.table.AbstractTableModel;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Council;
import org.civicsim.scenario.BoroughPolicy;

/**
 * The budget simulator: a window of its own with sliders for the cut rate (share of the budget a
 * year), CD workers (per 10,000 residents), the participatory-budgeting share (of the budget) and
 * time credits (per volunteered hour). A slider let go while the model runs sends the new policy to
 * every council, which adopts it at its next budget cycle; the window says which week that is, what
 * is in force until then, and this year's budget by line (GBP thousand a year).
 */
final class BudgetSimulator {
  static final String TITLE = "Budget simulator";

  /** One slider: integer positions of {@code step} each, bound to a setting of the simulation. */
  private record Control(
      String key,
      JSlider slider,
      JLabel chosen,
      JLabel inForce,
      double step,
      String format,
      double scale,
      DoubleSupplier get,
      DoubleConsumer set,
      ToDoubleFunction<BoroughPolicy> ofPolicy) {

    String show(double v) {
      return String.format(format, v * scale);
    }

    double value() {
      return slider.getValue() * step;
    }
  }

  private final CivicSimulation sim;
  final JFrame frame = new JFrame(TITLE);
  private final List<Control> controls = new ArrayList<>();
  private final JLabel when = new JLabel(" ");
  private final LinesTable lines = new LinesTable();
  private final Timer refresher;

  /** True while the window itself moves a slider to show the simulation's value. */
  private boolean showing;

  BudgetSimulator(CivicSimulation sim) {
    this.sim = sim;
    JPanel sliders = new JPanel(new GridBagLayout());
    sliders.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    header(sliders, "setting", 0);
    header(sliders, "chosen", 2);
    header(sliders, "in force", 3);
    add(
        sliders,
        "cut_rate",
        "Budget cut a year",
        "Real-terms cut to the council's budget each year",
        0.001,
        0.2,
        "%.1f%%",
        100,
        sim::getCutRate,
        sim::setCutRate,
        l -> l.council().cuts().realTermsPerYear());
    add(
        sliders,
        "cd_workers",
        "CD workers per 10k",
        "Community-development workers per 10,000 residents",
        0.1,
        10,
        "%.1f",
        1,
        sim::getCdWorkers,
        sim::setCdWorkers,
        l -> l.communityDevelopment().workersPer10k());
    add(
        sliders,
        "pb_share",
        "Participatory budgeting",
        "Share of the budget decided by participatory budgeting",
        0.001,
        0.1,
        "%.1f%%",
        100,
        sim::getPbShare,
        sim::setPbShare,
        l -> l.council().pbShare());
    add(
        sliders,
        "credits",
        "Time credits per hour",
        "Time credits paid per volunteered hour",
        0.1,
        10,
        "%.1f",
        1,
        sim::getCreditsPerHour,
        sim::setCreditsPerHour,
        l -> l.incentives().creditsPerHour());
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = controls.size() + 1;
    c.gridwidth = 4;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(8, 0, 0, 0);
    when.setFont(when.getFont().deriveFont(Font.BOLD));
    sliders.add(when, c);

    JTable table = new JTable(lines);
    table.setEnabled(false);
    JScrollPane tableScroll = new JScrollPane(table);
    tableScroll.setBorder(BorderFactory.createTitledBorder("Budget by line (GBP thousand)"));
    tableScroll.setPreferredSize(new java.awt.Dimension(400, 200));

    frame.getContentPane().setLayout(new BorderLayout());
    frame.getContentPane().add(sliders, BorderLayout.CENTER);
    frame.getContentPane().add(tableScroll, BorderLayout.EAST);
    frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    refresher = new Timer(500, e -> refresh());
    refresher.start();
    refresh();
  }

  private static void header(JPanel panel, String text, int x) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = 0;
    c.anchor = GridBagConstraints.WEST;
    JLabel l = new JLabel(text);
    l.setFont(l.getFont().deriveFont(Font.ITALIC));
    panel.add(l, c);
  }

  private void add(
      JPanel panel,
      String key,
      String name,
      String tip,
      double step,
      double max,
      String format,
      double scale,
      DoubleSupplier get,
      DoubleConsumer set,
      ToDoubleFunction<BoroughPolicy> ofPolicy) {
    JSlider slider = new JSlider(0, (int) Math.round(max / step), 0);
    slider.setToolTipText(tip + "; takes effect from the next budget cycle.");
    slider.setPreferredSize(new java.awt.Dimension(260, slider.getPreferredSize().height));
    Control control =
        new Control(
            key, slider, new JLabel(), new JLabel(), step, format, scale, get, set, ofPolicy);
    slider.addChangeListener(e -> moved(control));
    int row = controls.size() + 1;
    controls.add(control);
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(2, 0, 2, 10);
    c.gridx = 0;
    JLabel label = new JLabel(name);
    label.setToolTipText(tip);
    panel.add(label, c);
    c.gridx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    panel.add(slider, c);
    c.fill = GridBagConstraints.NONE;
    c.weightx = 0;
    c.gridx = 2;
    panel.add(control.chosen(), c);
    c.gridx = 3;
    panel.add(control.inForce(), c);
  }

  /** A slider moved: show its value; when let go, send it to the simulation. */
  private void moved(Control control) {
    control.chosen().setText(control.show(control.value()));
    if (showing || control.slider().getValueIsAdjusting()) return;
    // Letting go where it was picked up is no change (and must not mark the charts).
    if (Math.abs(control.value() - control.get().getAsDouble()) < control.step() / 2) return;
    // The model's thread holds the schedule's lock while it steps a week.
    synchronized (sim.schedule) {
      control.set().accept(control.value());
    }
    refresh();
  }

  /** Shows the simulation's settings, the policy in force, the next budget week and the lines. */
  void refresh() {
    double[] year = new double[Council.LINES.length];
    double[] week = new double[Council.LINES.length];
    BoroughPolicy inForce = null;
    int next = 0;
    // Read without the schedule's lock, which the model's thread holds for a whole week: waiting
    // for it would freeze the window on a large borough. A read in the middle of a budget cycle
    // is at worst shown until the next refresh.
    CivicModel m = sim.model();
    if (m != null) {
      inForce = m.policy(0);
      next = m.nextBudgetWeek();
      for (Council council : m.councils()) {
        double[] y = council.lines();
        double[] w = council.spentByLine();
        for (int k = 0; k < year.length; k++) {
          year[k] += y[k];
          week[k] += w[k];
        }
      }
    }
    showing = true;
    try {
      for (Control c : controls) {
        if (!c.slider().getValueIsAdjusting()) {
          double v = c.get().getAsDouble();
          c.slider().setValue((int) Math.round(v / c.step()));
          c.chosen().setText(c.show(v));
        }
        c.inForce().setText(inForce == null ? "-" : c.show(c.ofPolicy().applyAsDouble(inForce)));
      }
    } finally {
      showing = false;
    }
    when.setText(
        inForce == null
            ? "Changes apply from the start of the run."
            : "A change now takes effect from week " + next + " (the next budget cycle).");
    lines.show(year, week);
  }

  /** The sliders by key (cut_rate, cd_workers, pb_share, credits), for the GUI test's hook. */
  Map<String, JSlider> sliders() {
    Map<String, JSlider> m = new LinkedHashMap<>();
    for (Control c : controls) m.put(c.key(), c.slider());
    return m;
  }

  void dispose() {
    refresher.stop();
    frame.dispose();
  }

  /** This year's allocation and this week's spend by budget line, GBP thousand. */
  private static final class LinesTable extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private final double[] year = new double[Council.LINES.length + 1];
    private final double[] week = new double[Council.LINES.length + 1];

    void show(double[] y, double[] w) {
      double ty = 0;
      double tw = 0;
      for (int k = 0; k < y.length; k++) {
        year[k] = y[k];
        week[k] = w[k];
        ty += y[k];
        tw += w[k];
      }
      year[y.length] = ty;
      week[y.length] = tw;
      fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
      return year.length;
    }

    @Override
    public int getColumnCount() {
      return 3;
    }

    @Override
    public String getColumnName(int c) {
      return switch (c) {
        case 0 -> "line";
        case 1 -> "this year";
        default -> "spent this week";
      };
    }

    @Override
    public Object getValueAt(int r, int c) {
      if (c == 0) return r < Council.LINES.length ? Council.LINES[r] : "total";
      double v = c == 1 ? year[r] : week[r];
      return String.format("%,.1f", v / 1000);
    }
  }
}
