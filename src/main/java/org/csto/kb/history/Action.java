package org.csto.kb.history;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a change does to an item. */
public enum Action {

	CREATE, UPDATE, DELETE;

	/** The word the API uses: {@code create}, {@code update}, {@code delete}. */
	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The action of this word, or null where it names none. */
	public static Action fromKey(String key) {
		for (Action action : values()) {
			if (action.key().equals(key)) {
				return action;
			}
		}
		return null;
	}

}
