/**
 * The CSTO's own organs and forces: its councils, assembly, secretary general and forces.
 */
package org.csto.kb.body;
