/**
 * The source documents: their text loaded into numbered passages, and the citations that point into them.
 */
package org.csto.kb.source;
