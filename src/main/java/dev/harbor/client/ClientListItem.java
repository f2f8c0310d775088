package dev.harbor.client;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the caseload grid, read by a single query. */
public record ClientListItem(long id, String displayName, String referenceCode, ClientStatus status,
		@Nullable BigDecimal anxiety, @Nullable BigDecimal avoidance, Instant lastActivityAt) {

	public @Nullable AttachmentLabel attachmentLabel() {
		return AttachmentLabel.of(anxiety, avoidance);
	}

	@Override
	public String toString() {
		return "ClientListItem[id=" + id + "]";
	}

}
