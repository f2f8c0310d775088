package dev.harbor.diary;

/**
 * A client with entries waiting: not yet reviewed, or flagged for the next session.
 */
public record ClientToReview(long clientId, String clientName, int unreviewed, int flagged) {
}
