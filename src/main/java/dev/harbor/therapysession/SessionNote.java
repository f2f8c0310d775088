package dev.harbor.therapysession;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The structured session note: focus, interventions, the client's response, the plan and,
 * when there is something to say, how the working relationship went: any strain or
 * misunderstanding, and whether and how it was repaired.
 */
public record SessionNote(@Nullable String focus, @Nullable String interventions, @Nullable String clientResponse,
		@Nullable String plan, @Nullable String relationshipStrain, @Nullable String relationshipRepair) {

	public static final int PART_MAX = 4000;

	public static final SessionNote EMPTY = new SessionNote(null, null, null, null, null, null);

	/**
	 * The parts by the names a refusal gives them, in the order they are written.
	 */
	public Map<String, @Nullable String> parts() {
		Map<String, @Nullable String> parts = new LinkedHashMap<>();
		parts.put("focus", focus);
		parts.put("interventions", interventions);
		parts.put("clientResponse", clientResponse);
		parts.put("plan", plan);
		parts.put("relationshipStrain", relationshipStrain);
		parts.put("relationshipRepair", relationshipRepair);
		return parts;
	}

	@Override
	public String toString() {
		return "SessionNote[...]";
	}

}
