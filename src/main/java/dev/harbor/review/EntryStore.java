package dev.harbor.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.harbor.common.ClientEntry;

/**
 * Where one kind of client entry is kept: the four queries the review needs. A feature's
 * Spring Data repository provides them by extending this interface (the first and last
 * come with JpaRepository, the other two are one derived query and one JPQL query).
 */
public interface EntryStore<E extends ClientEntry> {

	Optional<E> findById(Long id);

	/** The entries among these ids that belong to the client; others are left out. */
	List<E> findByClientIdAndIdIn(long clientId, Collection<Long> ids);

	/** The client's entries linked to one session, in the order they happened. */
	List<E> reviewedInSession(long clientId, long sessionId);

	void flush();

}
