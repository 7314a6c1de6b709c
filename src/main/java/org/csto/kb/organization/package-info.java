/**
 * The CSTO itself and every other organization the source names, with founders and
 * members where stated.
 */
package org.csto.kb.organization;
