package org.csto.kb.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance up with the publications of every instance on the same database. On
 * PostgreSQL it listens for the notification each publication sends as it commits
 * ({@link History#CHANNEL}), and reads the change feed's table at once; whether or not
 * one comes, it reads the table every interval, which covers a notification missed while
 * the connection was down. Elsewhere (the embedded H2, one instance) it reads the table
 * every interval. Once the feed is read, the read model, the search index, the data
 * version and so every ETag follow.
 */
@Component
class ChangeFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

	private final ChangeFeed feed;

	private final DataSource dataSource;

	private final Duration interval;

	private final boolean postgres;

	private volatile Thread thread;

	ChangeFollower(ChangeFeed feed, History history, DataSource dataSource,
			@Value("${kb.history.poll-interval:1s}") Duration interval) {
		this.postgres = history.postgres;
		this.feed = feed;
		this.dataSource = dataSource;
		this.interval = interval;
	}

	@Override
	public void start() {
		Thread follower = new Thread(this::follow, "kb-change-follower");
		follower.setDaemon(true);
		thread = follower;
		follower.start();
	}

	@Override
	public void stop() {
		Thread follower = thread;
		thread = null;
		if (follower != null) {
			follower.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void follow() {
		while (following()) {
			try {
				if (postgres) {
					listen();
				}
				else {
					poll();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (SQLException | RuntimeException ex) {
				// The database is away (readiness says so): listen again once it is back,
				// and catch up with what was published meanwhile.
				log.debug("Following the change feed failed; trying again in {}", interval, ex);
				if (!pause()) {
					return;
				}
			}
		}
	}

	private void listen() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + History.CHANNEL);
			}
			PGConnection notifications = connection.unwrap(PGConnection.class);
			while (following()) {
				catchUp();
				notifications.getNotifications((int) interval.toMillis());
			}
		}
	}

	private void poll() throws InterruptedException {
		while (following()) {
			catchUp();
			Thread.sleep(interval.toMillis());
		}
	}

	private boolean following() {
		return thread == Thread.currentThread();
	}

	private void catchUp() {
		int applied = feed.catchUp();
		if (applied > 0) {
			log.info("Applied {} published change(s), up to {}", applied, feed.applied());
		}
	}

	private boolean pause() {
		try {
			Thread.sleep(interval.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
