/**
 * Proposals: cited changes a curator proposes and a second person publishes or rejects.
 */
package org.csto.kb.curation;
