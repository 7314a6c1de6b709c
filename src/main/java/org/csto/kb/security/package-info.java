/**
 * Accounts, sign-in and the roles that may propose, publish and reject; reads need none.
 */
package org.csto.kb.security;
