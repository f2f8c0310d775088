package dev.harbor.ladder;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * What the client did to feel safer during an attempt. Noted without judgement: it tells
 * client and clinician what the step still leans on. Stored by name.
 */
public enum SafetyBehaviour implements Translatable {

	CHECKED_PHONE, TEXTED_FOR_REASSURANCE, LEFT_EARLY, SOMEONE_WITH_ME, KEPT_IT_SHALLOW, OTHER;

	@Override
	public String translationKey() {
		return "ladder.safety." + name().toLowerCase(Locale.ROOT);
	}

}
