package org.csto.kb.ops;

import java.util.Map;

import org.csto.kb.source.SourceText;
import org.csto.kb.web.http.DataVersion;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the data version to {@code /actuator/info}: the same one the API root reports (the
 * source text's SHA-256 and the last change published), so that an operator can tell
 * which data each instance serves.
 */
@Component
class DataVersionInfoContributor implements InfoContributor {

	private final DataVersion version;

	DataVersionInfoContributor(DataVersion version) {
		this.version = version;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("data", Map.of("version", version.value(), "source", SourceText.ID));
	}

}
