package dev.harbor.correctiveexperience;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import dev.harbor.common.EnteredBy;
import dev.harbor.common.ReviewedEntry;
import dev.harbor.common.AdditionView;
import org.jspecify.annotations.Nullable;

/**
 * One corrective experience as the review screen shows it, with its review state.
 *
 * @param reviewedInSession the session in which it was gone through, if it was
 * @param bringToSession the client would like to talk about it at the next session
 * @param additions what the client added after it was reviewed, oldest first
 */
public record ExperienceView(long id, long version, long clientId, NewExperience experience, String enteredByName,
		EnteredBy enteredBy, Instant enteredAt, @Nullable Instant reviewedAt, @Nullable String comment, boolean flagged,
		@Nullable Long reviewedInSession, boolean bringToSession,
		List<AdditionView> additions) implements ReviewedEntry {

	public ExperienceView {
		additions = List.copyOf(additions);
	}

	public boolean reviewed() {
		return reviewedAt != null;
	}

	public LocalDateTime happenedAt() {
		return experience.happenedAt();
	}

	/** How far the feared belief fell: before minus after, in percentage points. */
	public int drop() {
		return experience.beliefBefore() - experience.beliefAfter();
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "ExperienceView[id=" + id + ", version=" + version + "]";
	}

}
