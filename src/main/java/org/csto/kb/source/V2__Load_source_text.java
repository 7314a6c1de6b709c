package org.csto.kb.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped source text into {@code source}, {@code passage} and
 * {@code passage_marker}. Its checksum is the text's, so an edited text fails Flyway's
 * validation instead of drifting silently from the citations seeded after it: a new text
 * needs a new migration.
 */
@Component
public class V2__Load_source_text extends BaseJavaMigration {

	private final SourceText text = SourceText.load();

	@Override
	public Integer getChecksum() {
		return text.crc32();
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement source = connection.prepareStatement(
				"INSERT INTO source (id, title, origin, licence, licence_url, resource, checksum) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			source.setString(1, SourceText.ID);
			source.setString(2, SourceText.TITLE);
			source.setString(3, SourceText.ORIGIN);
			source.setString(4, SourceText.LICENCE);
			source.setString(5, SourceText.LICENCE_URL);
			source.setString(6, SourceText.RESOURCE);
			source.setString(7, text.sha256());
			source.executeUpdate();
		}
		List<String> passages = text.passages();
		try (PreparedStatement passage = connection
			.prepareStatement("INSERT INTO passage (source_id, passage_number, text) VALUES (?, ?, ?)");
				PreparedStatement marker = connection.prepareStatement(
						"INSERT INTO passage_marker (source_id, passage_number, sort_order, marker) VALUES (?, ?, ?, ?)")) {
			for (int i = 0; i < passages.size(); i++) {
				passage.setString(1, SourceText.ID);
				passage.setInt(2, i + 1);
				passage.setString(3, passages.get(i));
				passage.addBatch();
				List<String> markers = SourceText.markers(passages.get(i));
				for (int m = 0; m < markers.size(); m++) {
					marker.setString(1, SourceText.ID);
					marker.setInt(2, i + 1);
					marker.setInt(3, m + 1);
					marker.setString(4, markers.get(m));
					marker.addBatch();
				}
			}
			passage.executeBatch();
			marker.executeBatch();
		}
	}

}
