package org.csto.kb.search;

import java.util.List;

import org.csto.kb.shared.AlternativeName;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Indexes what the features share without their knowing of search: an alternative name is
 * searched as a name, in its own script and transliterated to Latin, as a feature's own
 * name fields are.
 */
public class SearchMappingConfigurer implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		context.programmaticMapping()
			.type(AlternativeName.class)
			.property("name")
			.fullTextField()
			.analyzer(SearchAnalysisConfigurer.TEXT)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.ANY))
			.fullTextField("nameLatin")
			.analyzer(SearchAnalysisConfigurer.LATIN)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.ANY));
	}

}
