/**
 * What someone said about the CSTO: quotes in the speaker's own words, and reported
 * speech.
 */
package org.csto.kb.statement;
