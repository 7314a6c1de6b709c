package org.csto.kb.web.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV in UTF-8, with a header row and CRLF line
 * ends, via Jackson CSV.
 */
@Component
public class CsvMessageConverter extends AbstractHttpMessageConverter<CsvTable> {

	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final String TEXT_CSV_VALUE = "text/csv";

	private final CsvMapper mapper = new CsvMapper();

	public CsvMessageConverter() {
		super(StandardCharsets.UTF_8, TEXT_CSV);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return CsvTable.class.isAssignableFrom(type);
	}

	@Override
	protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("The API does not read CSV", input);
	}

	@Override
	protected void writeInternal(CsvTable table, HttpOutputMessage output) {
		output.getHeaders().setContentType(new MediaType(TEXT_CSV, Map.of("charset", "UTF-8", "header", "present")));
		output.getHeaders()
			.setContentDisposition(ContentDisposition.attachment().filename(table.name() + ".csv").build());
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
		table.header().forEach(schema::addColumn);
		try (OutputStream body = output.getBody()) {
			mapper.writer(schema.build()).writeValues(body).writeAll(table.rows());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
