package dev.harbor.audit;

import org.jspecify.annotations.Nullable;

/**
 * What checking the audit trail found.
 *
 * @param intact events whose seals follow one from another from the first on
 * @param unsealed events written but not yet sealed (sealed within seconds)
 * @param firstAltered the id of the first event whose seal does not follow, if any
 * @param endIntact whether the chain's recorded end is where its events end: rows removed
 * from the end show here
 */
public record AuditTrailCheck(long intact, long unsealed, @Nullable Long firstAltered, boolean endIntact) {

	/** Whether nothing in the trail has been altered or removed. */
	public boolean holds() {
		return firstAltered == null && endIntact;
	}

}
