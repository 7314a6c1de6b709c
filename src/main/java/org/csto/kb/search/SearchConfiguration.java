package org.csto.kb.search;

import java.lang.invoke.MethodHandles;

import org.csto.kb.shared.References;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search index and what it is built from. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	CloseableSearchMapping searchMapping() {
		return SearchMapping.builder(AnnotatedTypeSource.fromClasses(SearchDocument.class), MethodHandles.lookup())
			// Rebuilt from the database at every start, so it lives in memory: instances
			// stay stateless.
			.property("hibernate.search.backend.directory.type", "local-heap")
			.property("hibernate.search.backend.analysis.configurer", new SearchAnalysisConfigurer())
			// The index changes only while it is built, before the first query, so a
			// reader
			// once open stays current: no query needs to ask the index writer whether it
			// is (a synchronized call that concurrent searches queued on, up to 90 ms
			// under
			// load; see docs/PERFORMANCE.md).
			.property("hibernate.search.backend.io.refresh_interval", 3_600_000)
			.build();
	}

	@Bean
	SearchDocuments searchDocuments(JdbcClient jdbc, References references) {
		return new SearchDocuments(jdbc, references);
	}

}
