package org.csto.kb.web;

/** The version of the data the API serves: whatever the data is built from changes it. */
@FunctionalInterface
public interface DataVersion {

	String value();

}
