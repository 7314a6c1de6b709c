/**
 * The people the source names, with the roles it gives them.
 */
package org.csto.kb.person;
