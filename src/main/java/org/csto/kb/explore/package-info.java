/**
 * The explorer: the page for analysts at {@code /explore}, a client of the public API
 * served from {@code static/explore}, and the routes that open it at any of its own
 * addresses.
 */
package org.csto.kb.explore;
