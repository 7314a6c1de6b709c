package org.csto.kb.web.problem;

import java.util.Map;

/**
 * A request the API refuses for a reason of its own, answered as a problem of this type
 * with this detail and these extra members (the errors a proposal has, say).
 */
public class ProblemException extends RuntimeException {

	private final ProblemType type;

	private final Map<String, Object> properties;

	public ProblemException(ProblemType type, String detail) {
		this(type, detail, Map.of());
	}

	public ProblemException(ProblemType type, String detail, Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.properties = Map.copyOf(properties);
	}

	public ProblemType type() {
		return type;
	}

	public Map<String, Object> properties() {
		return properties;
	}

}
