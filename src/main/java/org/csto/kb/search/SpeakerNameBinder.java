package org.csto.kb.search;

import java.util.List;

import org.csto.kb.shared.ResourceKey;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a statement's speaker by name, so that "Pashinyan" finds what he said even
 * where the words themselves do not name him. The stored key only holds a type and an id;
 * the name is looked up once, while the index is built at start-up.
 */
public class SpeakerNameBinder implements PropertyBinder {

	static final String FIELD = "speaker";

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(FIELD,
					f -> f.asString()
						.analyzer(SearchAnalysisConfigurer.TEXT)
						.projectable(Projectable.YES)
						.highlightable(List.of(Highlightable.ANY)))
			.toReference();
		context.bridge(ResourceKey.class, new Bridge(field));
	}

	private record Bridge(IndexFieldReference<String> field) implements PropertyBridge<ResourceKey> {

		@Override
		public void write(DocumentElement target, ResourceKey speaker, PropertyBridgeWriteContext context) {
			if (speaker == null) {
				return;
			}
			context.extension(HibernateOrmExtension.get())
				.session()
				.createSelectionQuery("select r.name from ResourceRef r where r.type = :type and r.id = :id",
						String.class)
				.setParameter("type", speaker.type())
				.setParameter("id", speaker.id())
				.uniqueResultOptional()
				.ifPresent(name -> target.addValue(field, name));
		}

	}

}
