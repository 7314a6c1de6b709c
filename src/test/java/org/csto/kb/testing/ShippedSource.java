package org.csto.kb.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The source text as the application ships it, read straight from the classpath so that
 * the tests compare the data with the file rather than with the application's own reading
 * of it.
 */
public final class ShippedSource {

	public static final String ID = "csto-wikipedia-extract";

	private static final String RESOURCE = "sources/csto-wikipedia-extract.txt";

	private ShippedSource() {
	}

	public static byte[] bytes() {
		try (InputStream in = ShippedSource.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}

	public static List<String> nonBlankLines() {
		return text().lines().filter(line -> !line.isBlank()).toList();
	}

	/**
	 * Runs of whitespace as one space, so that an excerpt matches across a line break or
	 * a double space.
	 */
	public static String normalized(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
