package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.civicsim.metrics.MetricNames;
import org.junit.jupiter.api.Test;

class MetricRowWriterTest {

  @Test
  void writesOneTidyRowPerGroupAndWardValue() {
    StringWriter groups = new StringWriter();
    StringWriter wards = new StringWriter();
    MetricRowWriter rows = new MetricRowWriter("baseline", 3, -17L, groups, wards);
    rows.group(52, MetricNames.VOICE_SHARE, MetricNames.quintileGroup(0), 0.8123456);
    rows.group(52, MetricNames.GROUPS_ACTIVE, MetricNames.ALL, 12.0);
    rows.ward(52, MetricNames.COVERAGE, 7, 0.5);
    assertEquals(
        "baseline,3,-17,52,voice_share,q1,0.812346\nbaseline,3,-17,52,groups_active,all,12\n",
        groups.toString());
    assertEquals("baseline,3,-17,52,coverage,7,0.5\n", wards.toString());
  }

  @Test
  void aScenarioNameWithACommaIsQuoted() {
    StringWriter groups = new StringWriter();
    new MetricRowWriter("cuts, 8%", 0, 1, groups, null)
        .group(0, MetricNames.COVERAGE, MetricNames.ALL, 1);
    assertEquals("\"cuts, 8%\",0,1,0,coverage,all,1\n", groups.toString());
  }

  @Test
  void textFieldsAreQuotedOnlyWhenTheyMustBe() {
    assertEquals("baseline", Csv.field("baseline"));
    assertEquals("\"say \"\"no\"\"\"", Csv.field("say \"no\""));
    assertEquals("\"a\nb\"", Csv.field("a\nb"));
    assertEquals("", Csv.field(""));
  }
}
