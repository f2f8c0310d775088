package dev.harbor.homework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A noted missed practice, for the assignment's card. */
public record MissedView(long id, LocalDate missedOn, MissedReason reason, @Nullable String note) {

	public static final int NOTE_MAX = 500;

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "MissedView[id=" + id + ", reason=" + reason + "]";
	}

}
