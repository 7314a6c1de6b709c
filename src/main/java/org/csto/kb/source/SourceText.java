package org.csto.kb.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source text, the one shipped in the application or one a curator proposes, split the
 * one way the whole knowledge base relies on: a passage is a non-blank line, numbered
 * from 1.
 */
public final class SourceText {

	public static final String ID = "csto-wikipedia-extract";

	public static final String RESOURCE = "sources/csto-wikipedia-extract.txt";

	public static final String TITLE = "Collective Security Treaty Organization (English Wikipedia, extract)";

	public static final String ORIGIN = "https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization";

	public static final String LICENCE = "CC BY-SA 4.0";

	public static final String LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/";

	private static final Pattern MARKER = Pattern.compile("\\[(?:\\d+|note \\d+)]");

	private static final String DATA_VERSION = load().sha256();

	private final byte[] bytes;

	private SourceText(byte[] bytes) {
		this.bytes = bytes;
	}

	public static SourceText load() {
		try (InputStream in = SourceText.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The source text " + RESOURCE + " is not on the classpath");
			}
			return new SourceText(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A proposed text, cut as the shipped one is. */
	public static SourceText of(String text) {
		return new SourceText(text.getBytes(StandardCharsets.UTF_8));
	}

	public String text() {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	public List<String> passages() {
		return text().lines().filter(line -> !line.isBlank()).toList();
	}

	/** The footnote markers of a passage, in order: {@code [10]}, {@code [note 1]}. */
	public static List<String> markers(String passage) {
		Matcher matcher = MARKER.matcher(passage);
		return matcher.results().map(result -> result.group()).toList();
	}

	/**
	 * The shipped text's SHA-256: what the data is built from, so it changes whenever the
	 * data can.
	 */
	public static String dataVersion() {
		return DATA_VERSION;
	}

	/** The SHA-256 of the text's bytes: the knowledge base's data version. */
	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A Flyway checksum over the text, so that an edited text fails migration validation.
	 */
	int crc32() {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(bytes);
		return (int) crc.getValue();
	}

}
