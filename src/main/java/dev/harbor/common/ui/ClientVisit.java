package dev.harbor.common.ui;

import java.time.Instant;

import dev.harbor.common.EnteredBy;
import org.jspecify.annotations.Nullable;

/**
 * The client page as one clinician opens it: whose record, and when their previous
 * sitting with it ended, so a part can mark what the client wrote since.
 *
 * @param lookedBefore empty when the clinician has not had the record open before
 */
public record ClientVisit(long clientId, @Nullable Instant lookedBefore) {

	/** Written by the client in the portal after the clinician's previous sitting. */
	public boolean isNew(EnteredBy enteredBy, Instant enteredAt) {
		return enteredBy == EnteredBy.CLIENT && (lookedBefore == null || enteredAt.isAfter(lookedBefore));
	}

}
