/**
 * Member states and every other country or territory the source names, served by ISO 3166
 * code.
 */
package org.csto.kb.country;
