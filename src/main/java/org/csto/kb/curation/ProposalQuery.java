package org.csto.kb.curation;

import java.util.Arrays;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.web.problem.InvalidParameterException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Which proposals to list: of one status or all, newest first, a page at a time. */
record ProposalQuery(
		@Parameter(description = "Only proposals of this status",
				schema = @Schema(implementation = ProposalStatus.class)) String status,
		@Parameter(description = "Page number, counted from 0", example = "0",
				schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) String page,
		@Parameter(description = "Page size, from 1 to 100", example = "20",
				schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) String size) {

	ProposalStatus parsedStatus() {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ProposalStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("status", "Parameter 'status' must be one of "
					+ Arrays.toString(ProposalStatus.values()) + "; got '" + status + "'");
		}
	}

	/** The page asked for, newest proposals first. */
	Pageable pageable() {
		Pageable asked = new PageQuery(page, size, null).pageable(PageQuery.UNSORTED);
		return PageRequest.of(asked.getPageNumber(), asked.getPageSize(),
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
	}

}
