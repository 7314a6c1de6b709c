package org.csto.kb.search;

import org.hibernate.search.mapper.pojo.bridge.IdentifierBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.IdentifierBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.IdentifierBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.IdentifierBridgeFromDocumentIdentifierContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.IdentifierBridgeToDocumentIdentifierContext;

/**
 * The document id of a passage, whose entity id is a composite record private to its
 * feature. A record's {@code toString()} names every component, so it is unique. Search
 * hits project the source id and passage number from their own fields and never load a
 * passage, so a document id is never turned back into an id.
 */
public class PassageIdBinder implements IdentifierBinder {

	@Override
	public void bind(IdentifierBindingContext<?> context) {
		bind(context, context.bridgedElement().rawType());
	}

	private static <I> void bind(IdentifierBindingContext<?> context, Class<I> type) {
		context.bridge(type, new IdentifierBridge<I>() {

			@Override
			public String toDocumentIdentifier(I value, IdentifierBridgeToDocumentIdentifierContext ignored) {
				return value.toString();
			}

			@Override
			public I fromDocumentIdentifier(String documentIdentifier,
					IdentifierBridgeFromDocumentIdentifierContext ignored) {
				throw new UnsupportedOperationException("Passages are projected from the index, never loaded from it");
			}

		});
	}

}
