package dev.harbor.client;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded attachment position, as the detail page and the plot show it. */
public record PositionView(BigDecimal anxiety, BigDecimal avoidance, Relationship relationship, LocalDate observedOn) {

	public AttachmentLabel label() {
		return AttachmentLabel.of(anxiety, avoidance);
	}

}
