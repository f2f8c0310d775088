package dev.harbor.correctiveexperience;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** A step of a repair, in the order they usually come. Stored by name. */
public enum RepairStep implements Translatable {

	IMPACT_ACKNOWLEDGED, WISH_TO_UNDERSTAND, CONCRETE_STEP, ASKED_NEEDS, FOLLOWED_THROUGH;

	@Override
	public String translationKey() {
		return "experience.repair_step." + name().toLowerCase(Locale.ROOT);
	}

}
