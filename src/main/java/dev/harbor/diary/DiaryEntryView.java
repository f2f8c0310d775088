package dev.harbor.diary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.harbor.common.EnteredBy;
import dev.harbor.common.ReviewedEntry;
import dev.harbor.common.AdditionView;
import org.jspecify.annotations.Nullable;

/**
 * One diary entry as the review screen shows it, with its review state.
 *
 * @param reviewedInSession the session in which it was gone through, if it was
 * @param bringToSession the client would like to talk about it at the next session
 * @param additions what the client added after it was reviewed, oldest first
 */
public record DiaryEntryView(long id, long version, long clientId, NewDiaryEntry entry, DiarySource source,
		String enteredByName, EnteredBy enteredBy, Instant enteredAt, @Nullable Instant reviewedAt,
		@Nullable String comment, boolean flagged, @Nullable Long reviewedInSession, boolean bringToSession,
		List<AdditionView> additions) implements ReviewedEntry {

	public DiaryEntryView {
		additions = List.copyOf(additions);
	}

	public boolean reviewed() {
		return reviewedAt != null;
	}

	public LocalDateTime happenedAt() {
		return entry.happenedAt();
	}

	public Map<Feeling, Integer> feelings() {
		return entry.feelings();
	}

	public Set<Need> needs() {
		return entry.needs();
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "DiaryEntryView[id=" + id + ", version=" + version + "]";
	}

}
