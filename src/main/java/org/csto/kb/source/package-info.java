/**
 * The source documents: the shipped text, loaded into numbered passages that citations
 * point into.
 */
package org.csto.kb.source;
