package dev.harbor.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How a clinician has dealt with a client's entry: reviewed (when, by whom), a comment of
 * their own, and a flag to bring it to the next session. Shared by the trigger diary and
 * the corrective-experience log.
 */
@Embeddable
public class EntryReview {

	public static final int COMMENT_MAX = 1000;

	private @Nullable Instant reviewedAt;

	private @Nullable Long reviewedBy;

	@Column(length = COMMENT_MAX)
	private @Nullable String comment;

	@Column(nullable = false)
	private boolean flagged;

	private @Nullable Long reviewedInSession;

	/**
	 * Marks the entry reviewed, once: an entry already reviewed keeps its date. Reviewed
	 * while a session is open, the entry is linked to that session, also when it had been
	 * reviewed before and is now gone through with the client.
	 */
	public void markReviewed(long by, Instant now, @Nullable Long inSession) {
		if (reviewedAt == null) {
			reviewedAt = now;
			reviewedBy = by;
		}
		if (inSession != null && reviewedInSession == null) {
			reviewedInSession = inSession;
		}
	}

	public void comment(@Nullable String text) {
		this.comment = text;
	}

	public void flag(boolean flagged) {
		this.flagged = flagged;
	}

	public @Nullable Instant reviewedAt() {
		return reviewedAt;
	}

	/** The session in which the entry was gone through, if it was. */
	public @Nullable Long reviewedInSession() {
		return reviewedInSession;
	}

	public @Nullable String comment() {
		return comment;
	}

	public boolean isFlagged() {
		return flagged;
	}

}
