package org.csto.kb.search;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The Lucene index, the documents it was built from and the highlighter that marks
 * matches with the index's own analyzers: everything a search reads, built together in
 * one go, off the thread that starts the application.
 *
 * @param mapping Hibernate Search's mapping of {@link SearchDocument}, which owns the
 * index
 * @param documents every document by its key
 * @param highlighter marks a query's terms in the searched fields
 */
record SearchIndex(CloseableSearchMapping mapping, Map<String, SearchDocument> documents, Highlighter highlighter) {

	static SearchIndex build(SearchDocuments source, Collection<String> fields) {
		CloseableSearchMapping mapping = SearchMapping
			.builder(AnnotatedTypeSource.fromClasses(SearchDocument.class), MethodHandles.lookup())
			// Rebuilt from the database at every start, so it lives in memory
			// (instances stay stateless) and is always written by the Lucene
			// version that reads it.
			.property("hibernate.search.backend.directory.type", "local-heap")
			.property("hibernate.search.backend.lucene_version", "LATEST")
			.property("hibernate.search.backend.analysis.configurer", new SearchAnalysisConfigurer())
			// The index changes only while it is built, before the first query, so a
			// reader once open stays current: no query needs to ask the index writer
			// whether it is (a synchronized call that concurrent searches queued on, up
			// to 90 ms under load; see docs/PERFORMANCE.md).
			.property("hibernate.search.backend.io.refresh_interval", 3_600_000)
			.build();
		try {
			// Each field's analyzer, as SearchDocument's mapping declares it.
			IndexDescriptor index = mapping.indexedEntity(SearchDocument.class).indexManager().descriptor();
			Highlighter highlighter = new Highlighter(fields.stream()
				.collect(Collectors.toMap(field -> field,
						field -> analyzer(mapping,
								index.field(field)
									.flatMap(descriptor -> descriptor.toValueField().type().analyzerName())
									.orElseThrow()))));
			return new SearchIndex(mapping, write(mapping, source), highlighter);
		}
		catch (RuntimeException ex) {
			mapping.close();
			throw ex;
		}
	}

	static Analyzer analyzer(SearchMapping mapping, String name) {
		return mapping.backend().unwrap(LuceneBackend.class).analyzer(name).orElseThrow();
	}

	private static Map<String, SearchDocument> write(SearchMapping mapping, SearchDocuments source) {
		Map<String, SearchDocument> read = new HashMap<>();
		List<CompletableFuture<?>> written = new ArrayList<>();
		try (SearchSession session = mapping.createSession()) {
			// Written as read, without a commit per document: the index
			// is committed once, below, before any query runs.
			session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
			source.read(document -> {
				written.add(session.indexer().add(document).toCompletableFuture());
				read.put(document.key(), document);
			});
		}
		CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
		SearchWorkspace workspace = mapping.scope(SearchDocument.class).workspace();
		workspace.flush();
		// One segment: a query looks each of its terms up in every segment.
		workspace.mergeSegments();
		return Map.copyOf(read);
	}

}
