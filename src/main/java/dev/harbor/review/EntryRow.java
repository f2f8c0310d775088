package dev.harbor.review;

import dev.harbor.common.AbstractEntity;

/**
 * One entry of a grid page as a single statement reads it: the entry's own columns, its
 * sets of answers, who entered it, and whether the client added to it after review.
 *
 * @param <E> the entity, read without its collections
 * @param <A> the entry's sets of answers, read as lists in the same statement
 * @param added the client added to it after review; only then are the additions read
 */
public record EntryRow<E extends AbstractEntity, A>(E entry, A answers, String enteredByName, boolean added) {

	/** Ids only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "EntryRow[id=" + entry.getId() + "]";
	}

}
