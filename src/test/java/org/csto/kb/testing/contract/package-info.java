/**
 * The committed OpenAPI document in the tests: the oracle every MockMvc answer is checked
 * against, and the list of operations that the tests over HTTP walk.
 */
package org.csto.kb.testing.contract;
