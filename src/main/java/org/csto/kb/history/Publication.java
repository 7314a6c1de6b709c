package org.csto.kb.history;

/**
 * Who and what a publication comes from, as each revision it writes records it.
 *
 * @param proposal the proposal's id
 * @param summary why, in the proposal's words
 * @param author who proposed it
 * @param reviewer who published it
 */
public record Publication(String proposal, String summary, String author, String reviewer) {
}
