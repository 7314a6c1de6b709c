package org.csto.kb.web.problem;

import java.io.IOException;

/**
 * A request body larger than the API reads: thrown as the body is read, so that it
 * answers {@code 413} however the body was sent.
 */
public class ContentTooLargeException extends IOException {

	public ContentTooLargeException(long limit) {
		super("The body is larger than the " + limit + " bytes the API reads; a proposal this large "
				+ "should be split into several");
	}

}
