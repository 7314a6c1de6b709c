/**
 * Every item's revisions, the feed of published changes, and the data version they make.
 */
package org.csto.kb.history;
