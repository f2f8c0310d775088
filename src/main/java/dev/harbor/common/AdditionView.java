package dev.harbor.common;

import java.time.Instant;

/** A client's later addition to a reviewed entry, as both sides show it. */
public record AdditionView(String text, Instant writtenAt) {

	/** The longest addition, in characters. */
	public static final int TEXT_MAX = 2000;

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "AdditionView[writtenAt=" + writtenAt + "]";
	}

}
