package org.csto.kb.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code java -jar app.jar encode-password}: a password, asked for without echo (or read
 * from standard input), in the form {@code kb.security.accounts[i].password} takes. So
 * that an operator needs no other tool, and no password is written down in plain text.
 */
public final class EncodePassword {

	/** The argument that runs this instead of the application. */
	public static final String COMMAND = "encode-password";

	private EncodePassword() {
	}

	public static void run() throws IOException {
		Console console = System.console();
		String password = console != null ? new String(console.readPassword("Password: "))
				: new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (password == null || password.isBlank()) {
			System.err.println("No password given");
			System.exit(2);
		}
		// The delegating encoder writes {bcrypt}, the form AccountProperties documents.
		System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
	}

}
