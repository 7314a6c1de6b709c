package org.csto.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.util.FileSystemUtils;

/**
 * The Lucene index, the documents it was built from and the highlighter that marks
 * matches with the index's own analyzers: everything a search reads, built together in
 * one go, off the thread that starts the application.
 *
 * @param mapping Hibernate Search's mapping of {@link SearchDocument}, which owns the
 * index
 * @param directory the temporary directory that holds the index's files
 * @param documents every document by its key
 * @param highlighter marks a query's terms in the searched fields
 */
record SearchIndex(CloseableSearchMapping mapping, Path directory, Map<String, SearchDocument> documents,
		Highlighter highlighter) implements AutoCloseable {

	static SearchIndex build(SearchDocuments source, Collection<String> fields) {
		Path directory = temporaryDirectory();
		CloseableSearchMapping mapping = null;
		try {
			mapping = mapping(directory);
			return new SearchIndex(mapping, directory, write(mapping, source), highlighter(mapping, fields));
		}
		catch (RuntimeException ex) {
			close(mapping, directory);
			throw ex;
		}
	}

	private static CloseableSearchMapping mapping(Path directory) {
		return SearchMapping.builder(AnnotatedTypeSource.fromClasses(SearchDocument.class), MethodHandles.lookup())
			// Rebuilt from the database at every start into a directory of its own
			// (instances stay stateless, and the index is always written by the
			// Lucene version that reads it), and read memory-mapped: opening a term
			// dictionary then costs a buffer's duplicate, where the heap directory
			// copied a list of its 1 KB blocks for every term of every query (10 %
			// of a search's CPU; see docs/PERFORMANCE.md).
			.property("hibernate.search.backend.directory.type", "local-filesystem")
			.property("hibernate.search.backend.directory.root", directory.toString())
			.property("hibernate.search.backend.directory.filesystem_access.strategy", "mmap")
			.property("hibernate.search.backend.lucene_version", "LATEST")
			.property("hibernate.search.backend.analysis.configurer", new SearchAnalysisConfigurer())
			// The index changes only while it is built, before the first query, so a
			// reader once open stays current: no query needs to ask the index writer
			// whether it is (a synchronized call that concurrent searches queued on, up
			// to 90 ms under load; see docs/PERFORMANCE.md).
			.property("hibernate.search.backend.io.refresh_interval", 3_600_000)
			.build();
	}

	/**
	 * The highlighter, with each field's analyzer as SearchDocument's mapping declares
	 * it.
	 */
	private static Highlighter highlighter(SearchMapping mapping, Collection<String> fields) {
		IndexDescriptor index = mapping.indexedEntity(SearchDocument.class).indexManager().descriptor();
		return new Highlighter(fields.stream()
			.collect(Collectors.toMap(field -> field,
					field -> analyzer(mapping,
							index.field(field)
								.flatMap(descriptor -> descriptor.toValueField().type().analyzerName())
								.orElseThrow()))));
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
