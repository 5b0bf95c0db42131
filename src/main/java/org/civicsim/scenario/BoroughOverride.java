package org.civicsim.scenario;

import java.util.Map;

/**
 * One borough in a multi-borough scenario: its name and the dotted keys it changes from the
 * top-level sections, for example {@code council.decision_mode: participatory-budgeting}.
 */
public record BoroughOverride(
    @Param(doc = "Name of this borough (required).") String name,
    @Param(doc = "Dotted keys and their values for this borough only.", def = "{}")
        Map<String, String> set)
    implements java.io.Serializable {}
