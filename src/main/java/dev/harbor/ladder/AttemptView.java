package dev.harbor.ladder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import dev.harbor.common.AdditionView;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.ReviewedEntry;
import org.jspecify.annotations.Nullable;

/**
 * One attempt as the review screen shows it, with its review state.
 *
 * @param bringToSession the client would like to talk about it at the next session
 * @param additions what the client added after it was reviewed, oldest first
 */
public record AttemptView(long id, long version, long clientId, long ladderId, NewAttempt attempt, String enteredByName,
		EnteredBy enteredBy, Instant enteredAt, @Nullable Instant reviewedAt, @Nullable String comment, boolean flagged,
		@Nullable Long reviewedInSession, boolean bringToSession,
		List<AdditionView> additions) implements ReviewedEntry {

	public AttemptView {
		additions = List.copyOf(additions);
	}

	@Override
	public boolean reviewed() {
		return reviewedAt != null;
	}

	public LocalDateTime happenedAt() {
		return attempt.happenedAt();
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "AttemptView[id=" + id + ", version=" + version + "]";
	}

}
