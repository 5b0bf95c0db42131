/**
 * The model beside England 2010-2020: the observed figures (data/observed/), the measures that read
 * the same quantities from a run's result files, and their comparison year by year.
 */
package org.civicsim.history;
