package org.civicsim.scenario;

/**
 * The configuration of one borough and its council after overrides: what the model builds one
 * council, its wards and its residents from.
 */
public record BoroughPolicy(
    String name,
    Borough borough,
    Council council,
    CommunityDevelopment communityDevelopment,
    Groups groups,
    Incentives incentives)
    implements java.io.Serializable {}
