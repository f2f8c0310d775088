package dev.harbor.homework;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** Where a piece of homework stands. Stored by name. */
public enum AssignmentStatus implements Translatable {

	ACTIVE, PAUSED, COMPLETED, STOPPED;

	/** Completed and stopped plans are finished: kept, shown, no longer changed. */
	public boolean isOpen() {
		return this == ACTIVE || this == PAUSED;
	}

	@Override
	public String translationKey() {
		return "homework.status." + name().toLowerCase(Locale.ROOT);
	}

}
