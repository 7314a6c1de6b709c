/**
 * The PostgreSQL run: its server, found once, each context pointed at it, the skip when
 * there is none, and a proxy that a test can cut to take the database away.
 */
package org.csto.kb.testing.postgres;
