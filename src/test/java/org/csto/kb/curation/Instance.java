package org.csto.kb.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csto.kb.CstoKnowledgeBaseApplication;
import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started as a user starts it, on the database the properties name, with
 * the accounts of {@link Accounts}; for tests of several instances or of restarts, which
 * the test context's one application cannot be. Used over HTTP, as a client would.
 */
final class Instance implements AutoCloseable {

	private final ConfigurableApplicationContext app;

	final Api api;

	final Curators curators;

	Instance(Map<String, Object> database) {
		List<String> args = new ArrayList<>(List.of("--server.port=0"));
		String[][] accounts = { { Accounts.CURATOR, "CURATOR" }, { Accounts.REVIEWER, "REVIEWER" } };
		for (int i = 0; i < accounts.length; i++) {
			args.add("--kb.security.accounts[" + i + "].name=" + accounts[i][0]);
			args.add("--kb.security.accounts[" + i + "].password={noop}" + Accounts.PASSWORD);
			args.add("--kb.security.accounts[" + i + "].roles=" + accounts[i][1]);
		}
		database.forEach((name, value) -> args.add("--" + name + "=" + value));
		app = new SpringApplicationBuilder(CstoKnowledgeBaseApplication.class).run(args.toArray(String[]::new));
		api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
		curators = new Curators(api);
	}

	/** Proposes a source and a meeting in the place that cites it, and publishes them. */
	void publish(String prefix, String place) {
		curators.published(Drafts
			.proposal("A report and the meeting it tells of",
					Drafts.create("source", prefix + "-report", Drafts.source(place)), Drafts.create("event",
							prefix + "-meeting", Drafts.event(prefix + " meeting", prefix + "-report", place)))
			.toString());
	}

	String dataVersion() {
		return api.json("/api/v1").get("dataVersion").asString();
	}

	@Override
	public void close() {
		app.close();
	}

}
