package org.csto.kb.web.http;

import org.springframework.modulith.NamedInterface;

/** The version of the data the API serves: whatever the data is built from changes it. */
@FunctionalInterface
@NamedInterface("data-version")
public interface DataVersion {

	String value();

}
