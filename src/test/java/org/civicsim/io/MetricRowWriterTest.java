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
  void spendByLineAndTheLorenzCurveGoToTheirOwnFiles() {
    StringWriter groups = new StringWriter();
    StringWriter spend = new StringWriter();
    StringWriter lorenz = new StringWriter();
    MetricRowWriter rows =
        new MetricRowWriter(
            "baseline", 1, 5L, groups, null, spend, lorenz, null, null, null, null, null);
    rows.spend(52, "Lambeth, North", 2, 1234.5);
    rows.voiceLorenz(520, 0.25, 0.0312345678);
    rows.voiceLorenz(520, 1, 1);
    assertEquals(
        "baseline,1,5,52,\"Lambeth, North\",community_development,1234.5\n", spend.toString());
    assertEquals("baseline,1,5,0.25,0.0312346\nbaseline,1,5,1,1\n", lorenz.toString());
    assertEquals("", groups.toString());
  }

  @Test
  void servicesPlacesCouncilsAndPbProjectsGoToTheirOwnFilesInTheContractsColumns() {
    StringWriter services = new StringWriter();
    StringWriter places = new StringWriter();
    StringWriter councils = new StringWriter();
    StringWriter pb = new StringWriter();
    MetricRowWriter rows =
        new MetricRowWriter(
            "decade",
            2,
            9L,
            new StringWriter(),
            null,
            null,
            null,
            services,
            places,
            councils,
            pb,
            null);
    rows.service(13, "Lambeth, North", "libraries", "open_council", 7);
    rows.pbProject(52, "Lambeth, North", 17, "17-youth", 12500, 40, false);
    // scenario,replicate,seed,step,council,ward,project,cost,votes,selected
    assertEquals("decade,2,9,52,\"Lambeth, North\",17,17-youth,12500,40,false\n", pb.toString());
    rows.place("Lambeth, North", 1, 42, 3, 300);
    rows.council(13, "spend_per_head", "borough-2", 21.5);
    // scenario,replicate,seed,step,council,service,measure,value
    assertEquals(
        "decade,2,9,13,\"Lambeth, North\",libraries,open_council,7\n", services.toString());
    // scenario,replicate,seed,council,council_deprivation_decile,ward,
    // ward_deprivation_decile,residents
    assertEquals("decade,2,9,\"Lambeth, North\",1,42,3,300\n", places.toString());
    // scenario,replicate,seed,step,metric,council,value
    assertEquals("decade,2,9,13,spend_per_head,borough-2,21.5\n", councils.toString());
  }

  @Test
  void withoutTheirFilesSpendAndTheLorenzCurveAreDropped() {
    StringWriter groups = new StringWriter();
    MetricRowWriter rows = new MetricRowWriter("baseline", 0, 1, groups, null);
    rows.spend(0, "borough-1", 0, 10);
    rows.voiceLorenz(0, 0.5, 0.2);
    assertEquals("", groups.toString());
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
