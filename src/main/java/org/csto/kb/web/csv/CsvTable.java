package org.csto.kb.web.csv;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A collection flattened for CSV: a header row and the rows under it, written by
 * {@link CsvMessageConverter}.
 */
@Schema(name = "Csv", type = "string",
		description = "RFC 4180 CSV in UTF-8 with a header row; references flatten to <field>Id and <field>Name columns")
public record CsvTable(String name, List<String> header, List<List<String>> rows) {
}
