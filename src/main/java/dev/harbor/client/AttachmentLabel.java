package dev.harbor.client;

import java.math.BigDecimal;
import java.util.Locale;

import dev.harbor.common.i18n.Translatable;
import org.jspecify.annotations.Nullable;

/**
 * The familiar names for regions of the two dials. Always derived from a position, shown
 * as a hint and never stored: the dials are the record (decision 0008).
 */
public enum AttachmentLabel implements Translatable {

	SECURE, ANXIOUS, DISMISSIVE_AVOIDANT, FEARFUL_AVOIDANT;

	/** The middle of the 1 to 7 scale; a dial at or above it counts as high. */
	public static final BigDecimal HIGH_FROM = new BigDecimal("4.0");

	public static @Nullable AttachmentLabel of(@Nullable BigDecimal anxiety, @Nullable BigDecimal avoidance) {
		if (anxiety == null || avoidance == null) {
			return null;
		}
		boolean anxious = anxiety.compareTo(HIGH_FROM) >= 0;
		boolean avoidant = avoidance.compareTo(HIGH_FROM) >= 0;
		if (anxious && avoidant) {
			return FEARFUL_AVOIDANT;
		}
		if (anxious) {
			return ANXIOUS;
		}
		return avoidant ? DISMISSIVE_AVOIDANT : SECURE;
	}

	@Override
	public String translationKey() {
		return "client.attachment." + name().toLowerCase(Locale.ROOT);
	}

}
