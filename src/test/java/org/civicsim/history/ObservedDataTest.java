package org.civicsim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The observed-data file: what the project ships, and how a mistake in it is reported. */
class ObservedDataTest {
  private static final String HEADER = String.join(",", ObservedData.COLUMNS) + "\n";

  @TempDir Path dir;

  @Test
  void theShippedFileParsesAndEveryFigureHasAKnownMeasureASourceACitationAndAUse()
      throws Exception {
    List<Observation> figures = ObservedData.read(Path.of(ObservedData.DEFAULT_FILE));
    assertTrue(figures.size() >= 20, "figures: " + figures.size());
    for (Observation o : figures) {
      String where = "line " + o.line() + " (" + o.measure() + ")";
      assertTrue(Measures.isKnown(o.measure()), where);
      assertFalse(o.source().isBlank(), where);
      assertFalse(o.citation().isBlank(), where);
      assertFalse(o.note().isBlank(), where + ": say how the band was chosen");
      assertTrue(o.bandLow() <= o.value() && o.value() <= o.bandHigh(), where);
      assertTrue(o.bandLow() < o.bandHigh(), where + ": a band, not a point");
    }
    Set<Observation.Use> uses = figures.stream().map(Observation::use).collect(Collectors.toSet());
    assertEquals(Set.of(Observation.Use.FIT, Observation.Use.CHECK), uses);
  }

  @Test
  void startingLevelsAreFittedAndWhatHappenedOverTheDecadeIsChecked() throws Exception {
    for (Observation o : ObservedData.read(Path.of(ObservedData.DEFAULT_FILE))) {
      // NAO's care and non-care changes to 2016/17 set protect-statutory's care protection.
      boolean careProtection = o.measure().endsWith("care_spend_change") && o.year() == 2016;
      boolean budgetPath =
          o.measure().startsWith("spend_per_head")
              || o.measure().equals("council_spend_change")
              || careProtection;
      boolean gradient = o.measure().equals("civic_area_ratio");
      boolean outcome =
          o.measure().contains("librar")
              || o.measure().contains("centres")
              || (o.measure().contains("care_spend") && !careProtection);
      if (outcome || (!budgetPath && !gradient && o.year() > 2010)) {
        assertEquals(Observation.Use.CHECK, o.use(), "line " + o.line() + " " + o.measure());
      }
      if (budgetPath || gradient) {
        assertEquals(Observation.Use.FIT, o.use(), "line " + o.line() + " " + o.measure());
      }
    }
  }

  @Test
  void aQuotedFieldMayHoldCommasAndTheLineOfEachFigureIsKept() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("ok.csv"),
            HEADER
                + "participation_formal,2010,0.25,0.23,0.27,fit,\"Survey, 2010\",\"A, B"
                + " (2011)\",\"+-2, as a survey\"\n"
                + "care_share,2016,0.544,0.52,0.57,check,NAO 2018,NAO (2018),read off\n");
    List<Observation> figures = ObservedData.read(file);
    assertEquals("Survey, 2010", figures.get(0).source());
    assertEquals(2, figures.get(0).line());
    assertEquals(3, figures.get(1).line());
    assertEquals(Observation.Use.CHECK, figures.get(1).use());
  }

  @Test
  void everyMistakeIsReportedWithTheFileTheLineAndTheColumn() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.csv"),
            HEADER
                + "participation_formal,2010,0.25,0.23,0.27,fit,S,C,n\n"
                + "participation_formall,201x,0.25,0.23,0.27,fitted,,C,n\n"
                + "trust_mean,2019,0.5,0.25,0.29,check,S,C,n\n");
    ObservedDataException e =
        assertThrows(ObservedDataException.class, () -> ObservedData.read(file));
    String all = String.join("\n", e.problems());
    assertTrue(
        all.contains(
            file
                + ":3: column measure: unknown measure 'participation_formall'; did you mean"
                + " 'participation_formal'?"),
        all);
    assertTrue(all.contains(file + ":3: column year: '201x' is not a year"), all);
    assertTrue(all.contains(file + ":3: column use: 'fitted' must be fit or check"), all);
    assertTrue(all.contains(file + ":3: column source: is empty"), all);
    assertTrue(all.contains(file + ":4: column value: 0.5 is outside its band"), all);
    assertEquals(5, e.problems().size(), all);
  }

  @Test
  void aMissingColumnIsNamedOnTheHeaderLine() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("short.csv"),
            "measure,year,value,band_low,band_high,use,source,note\nx,2010,1,0,2,fit,S,n\n");
    ObservedDataException e =
        assertThrows(ObservedDataException.class, () -> ObservedData.read(file));
    assertEquals(
        List.of(
            file
                + ":1: missing column 'citation' ("
                + String.join(",", ObservedData.COLUMNS)
                + ")"),
        e.problems());
  }
}
