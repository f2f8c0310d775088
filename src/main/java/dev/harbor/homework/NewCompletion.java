package dev.harbor.homework;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A practice as typed in: when the client did it (their clock), for how long, distress
 * before and after (0 to 10), an answer per prompt of the exercise (blank when skipped),
 * and a free note.
 */
public record NewCompletion(@Nullable LocalDateTime happenedAt, @Nullable Integer minutes,
		@Nullable Integer distressBefore, @Nullable Integer distressAfter, List<String> answers,
		@Nullable String note) {

	public static final int NOTE_MAX = 2000;

	public static final int ANSWER_MAX = 1000;

	public static final int MINUTES_MAX = 600;

	/** The longest reason for striking a practice out. */
	public static final int STRIKE_REASON_MAX = 300;

	public NewCompletion {
		answers = List.copyOf(answers);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "NewCompletion[happenedAt=" + happenedAt + "]";
	}

}
