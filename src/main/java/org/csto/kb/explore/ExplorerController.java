package org.csto.kb.explore;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every address of the explorer opens the same page, which reads the address and asks the
 * API for what it names. The addresses follow the API's own paths
 * ({@code /explore/sources/csto-wikipedia-extract/passages/4} shows
 * {@code /api/v1/sources/csto-wikipedia-extract/passages/4}), so a reload or a shared
 * link opens the same view. The patterns are exact so that the page's own files under
 * {@code /explore/} stay static resources, and anything else stays a {@code not-found}
 * problem.
 */
@Controller
class ExplorerController {

	private static final String PAGE = "forward:/explore/index.html";

	@GetMapping({ "/explore", "/explore/", "/explore/search" })
	String page() {
		return PAGE;
	}

	@GetMapping("/explore/{collection:events|statements|persons|bodies|organizations|countries|sources}/{id}")
	String item() {
		return PAGE;
	}

	@GetMapping("/explore/sources/{id}/passages/{number:\\d+}")
	String passage() {
		return PAGE;
	}

}
