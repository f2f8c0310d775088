package dev.harbor.therapysession;

import java.time.Instant;

/** A dated addition to a signed note. */
public record AmendmentView(long id, String text, Instant addedAt, String addedByName) {

	@Override
	public String toString() {
		return "AmendmentView[id=" + id + ", addedAt=" + addedAt + "]";
	}

}
