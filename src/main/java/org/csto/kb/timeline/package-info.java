/**
 * Events and statements merged into one chronology.
 */
package org.csto.kb.timeline;
