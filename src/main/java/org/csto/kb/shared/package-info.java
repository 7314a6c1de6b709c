/**
 * Value types every feature shares: references between resources, partial dates and alternative names.
 */
package org.csto.kb.shared;
