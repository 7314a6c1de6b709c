package org.csto.kb.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of resource a {@link Reference} can point at, named as they appear in JSON.
 */
public enum ResourceType {

	COUNTRY, PERSON, BODY, ORGANIZATION, EVENT, STATEMENT, SOURCE;

	@JsonValue
	public String key() {
		return name().toLowerCase();
	}

	public static ResourceType fromKey(String key) {
		return valueOf(key.toUpperCase());
	}

}
