package org.csto.kb.web.problem;

/** No resource of a kind has the id a client asked for. */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String id;

	public NotFoundException(String kind, String id) {
		super("No " + kind + " has the id '" + id + "'");
		this.kind = kind;
		this.id = id;
	}

	/** What was asked for: a resource type's key, or a description. */
	public String kind() {
		return kind;
	}

	public String id() {
		return id;
	}

}
