package dev.harbor.client;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** Where a treatment goal stands. A goal is set aside, never deleted. */
public enum GoalStatus implements Translatable {

	OPEN, PROGRESSING, REACHED, SET_ASIDE;

	@Override
	public String translationKey() {
		return "client.goalStatus." + name().toLowerCase(Locale.ROOT);
	}

}
