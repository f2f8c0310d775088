package dev.harbor.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * Base of every entity a person edits: a sequence id and an optimistic-locking version.
 * <p>
 * {@code equals} compares ids so that a detached copy equals its managed twin;
 * {@code hashCode} is constant per entity class so an entity keeps its bucket when it
 * gets its id on persist; both look through Hibernate's lazy proxies, so a proxy equals
 * and hashes like the entity it stands for. {@code toString} prints the class and id
 * only: entities hold clinical data, and strings end up in logs.
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private @Nullable Long id;

	@Version
	private long version;

	public @Nullable Long getId() {
		return id;
	}

	/** The id of a persisted entity; fails loudly when called on a new one. */
	public long requireId() {
		if (id == null) {
			throw new IllegalStateException(getClass().getSimpleName() + " has not been saved yet");
		}
		return id;
	}

	public long getVersion() {
		return version;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
			return false;
		}
		// Through the getter: a lazy proxy's own fields are empty, its getter asks the
		// entity.
		return id != null && id.equals(((AbstractEntity) other).getId());
	}

	/**
	 * The entity's own class, never a proxy's subclass, so a proxy hashes like its
	 * entity.
	 */
	@Override
	public int hashCode() {
		return Hibernate.getClass(this).hashCode();
	}

	@Override
	public String toString() {
		return Hibernate.getClass(this).getSimpleName() + "#" + id;
	}

}
