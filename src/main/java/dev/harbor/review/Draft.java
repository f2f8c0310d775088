package dev.harbor.review;

import java.time.Instant;
import java.util.Map;

/**
 * A draft as the portal offers it back: the fields by name, and when it was last kept.
 */
public record Draft(Map<String, String> fields, Instant savedAt) {

	public Draft {
		fields = Map.copyOf(fields);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "Draft[savedAt=" + savedAt + ", fields=" + fields.size() + "]";
	}

}
