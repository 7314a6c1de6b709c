/**
 * Synthetic data for the growth benchmark (bench/growth.sh): opt-in through the
 * {@code bench} profile, never part of the real knowledge base.
 */
package org.csto.kb.bench;
