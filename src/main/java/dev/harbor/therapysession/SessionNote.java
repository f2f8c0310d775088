package dev.harbor.therapysession;

import org.jspecify.annotations.Nullable;

/** The structured session note: focus, interventions, the client's response, the plan. */
public record SessionNote(@Nullable String focus, @Nullable String interventions, @Nullable String clientResponse,
		@Nullable String plan) {

	public static final int PART_MAX = 4000;

	public static final SessionNote EMPTY = new SessionNote(null, null, null, null);

	@Override
	public String toString() {
		return "SessionNote[...]";
	}

}
