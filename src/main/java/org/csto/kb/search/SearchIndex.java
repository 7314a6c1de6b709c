package org.csto.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.shared.ResourceType;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.util.FileSystemUtils;

/**
 * The Lucene index, the documents it holds and the analyzers that read them: everything a
 * search reads, built together from the resource catalogs, off the thread that starts the
 * application. One item's documents can be written again when it changes.
 *
 * @param mapping Hibernate Search's mapping of {@link SearchDocument}, which owns the
 * index
 * @param directory the temporary directory that holds the index's files
 * @param documents every document by its key
 * @param analyzers each searched field's analyzer, as the index's mapping declares it
 * @param queryAnalyzer one analyzer for a query over every field: each field's own
 */
record SearchIndex(CloseableSearchMapping mapping, Path directory, Map<String, SearchDocument> documents,
		Map<SearchField, Analyzer> analyzers, Analyzer queryAnalyzer) implements AutoCloseable {

	static SearchIndex build(List<ResourceCatalog<?, ?>> catalogs) {
		Path directory = temporaryDirectory();
		CloseableSearchMapping mapping = null;
		try {
			mapping = mapping(directory);
			Map<SearchField, Analyzer> analyzers = analyzers(mapping);
			SearchIndex index = new SearchIndex(mapping, directory, new ConcurrentHashMap<>(), analyzers,
					queryAnalyzer(analyzers));
			List<SearchDocument> all = new ArrayList<>();
			catalogs.forEach(catalog -> all.addAll(documents(catalog)));
			index.write(all, List.of());
			// One segment: a query looks each of its terms up in every segment.
			mapping.scope(SearchDocument.class).workspace().mergeSegments();
			return index;
		}
		catch (RuntimeException ex) {
			close(mapping, directory);
			throw ex;
		}
	}

	private static <T extends Record> List<SearchDocument> documents(ResourceCatalog<T, ?> catalog) {
		List<SearchDocument> documents = new ArrayList<>();
		for (T item : catalog.all()) {
			documents.addAll(documents(catalog.type(), catalog.id(item), catalog.searchTexts(item)));
		}
		return documents;
	}

	private static List<SearchDocument> documents(ResourceType type, String id, List<SearchText> texts) {
		return texts.stream().map(text -> new SearchDocument(type, id, text)).toList();
	}

	/**
	 * Writes one item's documents again, or takes them out where it has none (it was
	 * deleted), and makes the change visible to the next search.
	 */
	void replace(ResourceType type, String id, List<SearchText> texts) {
		String key = SearchDocument.key(type, id);
		List<SearchDocument> old = documents.values()
			.stream()
			.filter(document -> document.key().equals(key) || document.key().startsWith(key + "/"))
			.toList();
		write(documents(type, id, texts), old);
		mapping.scope(SearchDocument.class).workspace().refresh();
	}

	private void write(List<SearchDocument> added, List<SearchDocument> removed) {
		List<CompletableFuture<?>> written = new ArrayList<>();
		try (SearchSession session = mapping.createSession()) {
			// Written without a commit per document: the index is flushed once, below.
			session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
			removed.forEach(document -> written.add(session.indexer().delete(document).toCompletableFuture()));
			added.forEach(document -> written.add(session.indexer().add(document).toCompletableFuture()));
		}
		CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
		removed.forEach(document -> documents.remove(document.key()));
		added.forEach(document -> documents.put(document.key(), document));
		SearchWorkspace workspace = mapping.scope(SearchDocument.class).workspace();
		workspace.flush();
	}

	private static CloseableSearchMapping mapping(Path directory) {
		return SearchMapping.builder(AnnotatedTypeSource.fromClasses(SearchDocument.class), MethodHandles.lookup())
			// Rebuilt at every start into a directory of its own (instances stay
			// stateless, and the index is always written by the Lucene version that reads
			// it), and read memory-mapped: opening a term dictionary then costs a
			// buffer's
			// duplicate, where the heap directory copied a list of its 1 KB blocks for
			// every term of every query (10 % of a search's CPU; see
			// docs/PERFORMANCE.md).
			.property("hibernate.search.backend.directory.type", "local-filesystem")
			.property("hibernate.search.backend.directory.root", directory.toString())
			.property("hibernate.search.backend.directory.filesystem_access.strategy", "mmap")
			.property("hibernate.search.backend.lucene_version", "LATEST")
			.property("hibernate.search.backend.analysis.configurer", new SearchAnalysisConfigurer())
			// The index changes only when an item does, and then it is refreshed at
			// once, so a reader once open stays current: no query needs to ask the index
			// writer whether it is (a synchronized call that concurrent searches queued
			// on, up to 90 ms under load; see docs/PERFORMANCE.md).
			.property("hibernate.search.backend.io.refresh_interval", 3_600_000)
			.build();
	}

	/** The analyzer of each searched field, by name from the backend that indexes it. */
	private static Map<SearchField, Analyzer> analyzers(SearchMapping mapping) {
		Map<SearchField, Analyzer> analyzers = new EnumMap<>(SearchField.class);
		for (SearchField field : SearchField.values()) {
			analyzers.put(field, analyzer(mapping, field.analyzer()));
		}
		return analyzers;
	}

	static Analyzer analyzer(SearchMapping mapping, String name) {
		return mapping.backend().unwrap(LuceneBackend.class).analyzer(name).orElseThrow();
	}

	private static Analyzer queryAnalyzer(Map<SearchField, Analyzer> analyzers) {
		Map<String, Analyzer> byField = new HashMap<>();
		analyzers.forEach((field, analyzer) -> byField.put(field.key(), analyzer));
		return new PerFieldAnalyzerWrapper(analyzers.get(SearchField.TEXT), byField);
	}

	/** Closes the index, then deletes its files. */
	@Override
	public void close() {
		close(mapping, directory);
	}

	/**
	 * Closes the mapping, if it was built, then deletes the index's files, even when
	 * closing fails.
	 */
	private static void close(CloseableSearchMapping mapping, Path directory) {
		try {
			if (mapping != null) {
				mapping.close();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(directory.toFile());
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("csto-kb-search-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the search index's directory in java.io.tmpdir", ex);
		}
	}

}
