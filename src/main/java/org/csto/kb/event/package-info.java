/**
 * What happened: foundings, agreements, meetings, summits, visits and refusals, dated as
 * the source dates them.
 */
package org.csto.kb.event;
