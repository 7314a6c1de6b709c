package org.csto.kb.shared;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of the {@code resource_ref} view: every resource that can be referenced, with its
 * name.
 */
@Entity
@Immutable
@Table(name = "resource_ref")
@IdClass(ResourceRef.Key.class)
class ResourceRef {

	@Id
	@Column(name = "ref_type")
	private String type;

	@Id
	@Column(name = "ref_id")
	private String id;

	private String name;

	/** Another id it is found by: a country's ISO alpha-2 code. */
	private String alias;

	protected ResourceRef() {
	}

	String type() {
		return type;
	}

	String id() {
		return id;
	}

	String name() {
		return name;
	}

	String alias() {
		return alias;
	}

	record Key(String type, String id) implements Serializable {
	}

}
