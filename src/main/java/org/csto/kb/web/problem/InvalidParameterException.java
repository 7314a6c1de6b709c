package org.csto.kb.web.problem;

/**
 * A query parameter's value is not one the endpoint accepts; the message says what it
 * does accept.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
