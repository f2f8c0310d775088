package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import dev.harbor.common.EnteredBy;
import org.jspecify.annotations.Nullable;

/** One practice as the practice log shows it, with who entered it and when. */
public record CompletionView(long id, long version, long assignmentId, LocalDateTime happenedAt, int minutes,
		int distressBefore, int distressAfter, List<String> answers, @Nullable String note, String enteredByName,
		EnteredBy enteredBy, Instant enteredAt, @Nullable Instant changedAt, boolean struckOut,
		@Nullable String struckReason) {

	public CompletionView {
		answers = List.copyOf(answers);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "CompletionView[id=" + id + ", version=" + version + "]";
	}

}
