package dev.harbor.diary;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** What the client did, or felt the urge to do. Stored by name. */
public enum Behaviour implements Translatable {

	PULLED_AWAY, CLUNG, SOUGHT_REASSURANCE, TESTED_THE_OTHER, WENT_QUIET, LASHED_OUT, PLEASED_OTHERS, DISTRACTED_SELF,
	OTHER;

	@Override
	public String translationKey() {
		return "diary.behaviour." + name().toLowerCase(Locale.ROOT);
	}

}
