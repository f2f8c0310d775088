package dev.harbor.client;

/**
 * A client with entries waiting for the clinician (diary entries, corrective
 * experiences): not yet reviewed, or flagged for the next session.
 */
public record ClientToReview(long clientId, String clientName, int unreviewed, int flagged) {

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "ClientToReview[clientId=" + clientId + ", unreviewed=" + unreviewed + ", flagged=" + flagged + "]";
	}

}
