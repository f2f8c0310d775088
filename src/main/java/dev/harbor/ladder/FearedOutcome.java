package dev.harbor.ladder;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** Whether what the client feared would happen did happen. Stored by name. */
public enum FearedOutcome implements Translatable {

	YES, PARTLY, NO;

	@Override
	public String translationKey() {
		return "ladder.feared." + name().toLowerCase(Locale.ROOT);
	}

}
