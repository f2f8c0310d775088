package dev.harbor.keepingplan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The plan's five parts, in the order they are written and printed. Each is the client's
 * and clinician's own words, up to {@link #PART_MAX} characters; any may be empty.
 */
public record PlanText(@Nullable String helpedMost, @Nullable String earlySigns, @Nullable String whatToDo,
		@Nullable String whoToTurnTo, @Nullable String whenToComeBack) {

	public static final int PART_MAX = 2000;

	public static final PlanText EMPTY = new PlanText(null, null, null, null, null);

	/** The parts by the names a refusal gives them, in order. */
	public Map<String, @Nullable String> parts() {
		Map<String, @Nullable String> parts = new LinkedHashMap<>();
		parts.put("helpedMost", helpedMost);
		parts.put("earlySigns", earlySigns);
		parts.put("whatToDo", whatToDo);
		parts.put("whoToTurnTo", whoToTurnTo);
		parts.put("whenToComeBack", whenToComeBack);
		return parts;
	}

	public boolean isEmpty() {
		return parts().values().stream().allMatch(part -> part == null || part.isBlank());
	}

	/** Which parts are filled, never their words. */
	@Override
	public String toString() {
		return "PlanText[filled=" + parts().values().stream().filter(part -> part != null && !part.isBlank()).count()
				+ "]";
	}

}
