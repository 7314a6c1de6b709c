package org.csto.kb.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored pointer to another resource, resolved to a {@link Reference} by
 * {@link References}.
 */
@Embeddable
public record ResourceKey(@Column(name = "ref_type") String type, @Column(name = "ref_id") String id) {
}
