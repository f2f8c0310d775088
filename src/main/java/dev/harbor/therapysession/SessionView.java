package dev.harbor.therapysession;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One session with its note: a draft until signed, locked after, with amendments in the
 * order they were added.
 */
public record SessionView(long id, long version, long clientId, LocalDateTime startsAt, int minutes, SessionNote note,
		@Nullable Instant draftSavedAt, @Nullable Instant signedAt, @Nullable String signedByName,
		List<AmendmentView> amendments) {

	public SessionView {
		amendments = List.copyOf(amendments);
	}

	public boolean signed() {
		return signedAt != null;
	}

	@Override
	public String toString() {
		return "SessionView[id=" + id + ", version=" + version + ", signed=" + signed() + "]";
	}

}
