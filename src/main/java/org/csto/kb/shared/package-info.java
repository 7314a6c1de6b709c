/**
 * Value types every feature shares: citations, references between resources, partial
 * dates and alternative names.
 */
package org.csto.kb.shared;
