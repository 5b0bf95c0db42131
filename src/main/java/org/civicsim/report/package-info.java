/**
 * ChartKinds and the comparison report, drawn with JFreeChart 1.0.19 from the results files alone
 * (metrics.csv, metrics-wards.csv, manifest.json, and a sweep's runs.csv and sensitivity.csv), so
 * that any finished run or sweep can be drawn again later. Nothing here imports the model.
 */
package org.civicsim.report;
