package dev.harbor.ladder;

import org.jspecify.annotations.Nullable;

/** A client's ladder in a list: which, what for, and whether it is in use. */
public record LadderSummary(long id, LadderKind kind, String goal, boolean setAside,
		@Nullable Integer currentPosition) {

	@Override
	public String toString() {
		return "LadderSummary[id=" + id + "]";
	}

}
