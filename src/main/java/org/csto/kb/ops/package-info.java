/**
 * Running the API in production: what the actuator's info endpoint reports about the
 * build and the data.
 */
package org.csto.kb.ops;
