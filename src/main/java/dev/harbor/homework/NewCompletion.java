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

	public NewCompletion {
		answers = List.copyOf(answers);
	}

}
