package org.csto.kb.testing;

/** The accounts {@link CurationApiTest} configures: a curator and two reviewers. */
public final class Accounts {

	public static final String CURATOR = "ana";

	public static final String REVIEWER = "boris";

	public static final String SECOND_REVIEWER = "vera";

	/** Every account's password, in a test alone. */
	public static final String PASSWORD = "correct-horse";

	private Accounts() {
	}

}
