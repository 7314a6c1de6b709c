/**
 * Synthetic data for the growth benchmark (bench/growth.sh): built only into the jar of
 * {@code ./mvnw -Pbench package}, and run only with the {@code bench} Spring profile, never
 * part of the real knowledge base.
 */
package org.csto.kb.bench;
