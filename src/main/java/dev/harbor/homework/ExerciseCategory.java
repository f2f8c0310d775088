package dev.harbor.homework;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** The groups of the exercise library, as DOMAIN.md names them. */
public enum ExerciseCategory implements Translatable {

	CALMING_THE_BODY, NOTICING, THINKING, SPEAKING, REPAIRING, BOUNDARIES, CLOSENESS_AND_DISTANCE;

	@Override
	public String translationKey() {
		return "exercise.category." + name().toLowerCase(Locale.ROOT);
	}

}
