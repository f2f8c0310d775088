package dev.harbor.correctiveexperience;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the Experiences tab narrows to; every part optional.
 *
 * @param reviewed true for reviewed only, false for not yet reviewed, null for both
 */
public record ExperienceFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Risk risk,
		@Nullable Boolean reviewed, boolean flaggedOnly) {

	public static final ExperienceFilter ALL = new ExperienceFilter(null, null, null, null, false);

}
