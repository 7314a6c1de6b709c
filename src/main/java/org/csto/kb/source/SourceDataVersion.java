package org.csto.kb.source;

import org.csto.kb.web.http.DataVersion;
import org.springframework.stereotype.Component;

/**
 * The data version is the shipped source text's checksum: the data is built from it
 * alone.
 */
@Component
class SourceDataVersion implements DataVersion {

	@Override
	public String value() {
		return SourceText.dataVersion();
	}

}
