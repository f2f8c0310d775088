package dev.harbor.client;

/**
 * A client with entries waiting for the clinician (diary entries, corrective
 * experiences): not yet reviewed, or flagged for the next session.
 */
public record ClientToReview(long clientId, String clientName, int unreviewed, int flagged) {
}
