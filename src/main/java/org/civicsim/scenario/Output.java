package org.civicsim.scenario;

/** What the run records. */
public record Output(
    @Param(
            doc =
                "Record metrics every this many weeks (step 0 and the final step are always"
                    + " recorded).",
            unit = "weeks",
            def = "4",
            min = 1)
        int recordEvery,
    @Param(doc = "Write metrics-wards.csv rows for every ward.", def = "true") boolean wards,
    @Param(
            doc =
                "Write every participatory-budgeting vote as a Pabulib file (pabulib.org/format) in"
                    + " the results' pb/ folder, for others' tools to analyse.",
            def = "false")
        boolean pbFiles)
    implements java.io.Serializable {}
