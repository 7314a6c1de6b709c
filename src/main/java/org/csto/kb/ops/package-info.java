/**
 * Running the API in production: what the actuator reports, the headers every response carries, and
 * container-level errors answered as problems.
 */
package org.csto.kb.ops;
