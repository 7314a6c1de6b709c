package org.csto.kb.ops;

import java.util.Map;

import org.csto.kb.source.SourceText;
import org.csto.kb.web.http.DataVersion;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the data version to {@code /actuator/info}: the same SHA-256 of the source text
 * that the API root reports, so that an operator can tell which data each instance
 * serves.
 */
@Component
class DataVersionInfoContributor implements InfoContributor {

	private final Map<String, String> data;

	DataVersionInfoContributor(DataVersion version) {
		this.data = Map.of("version", version.value(), "source", SourceText.ID);
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("data", data);
	}

}
