package dev.harbor.diary;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** A thinking trap the client noticed. Stored by name. */
public enum ThinkingTrap implements Translatable {

	CATASTROPHISING, OVERGENERALISING, ALL_OR_NOTHING, MIND_READING, DISTANCE_AS_REJECTION;

	@Override
	public String translationKey() {
		return "diary.thinking_trap." + name().toLowerCase(Locale.ROOT);
	}

}
