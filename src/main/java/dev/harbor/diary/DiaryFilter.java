package dev.harbor.diary;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the Diary tab narrows to; every part optional.
 *
 * @param reviewed true for reviewed only, false for not yet reviewed, null for both
 * @param flaggedOnly only entries flagged for the next session
 */
public record DiaryFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Feeling feeling,
		@Nullable Need need, @Nullable Behaviour behaviour, @Nullable ThinkingTrap trap,
		@Nullable DiaryRelationship relationship, @Nullable Boolean reviewed, boolean flaggedOnly) {

	public static final DiaryFilter ALL = new DiaryFilter(null, null, null, null, null, null, null, null, false);

	public DiaryFilter withNeed(@Nullable Need chosen) {
		return new DiaryFilter(from, to, feeling, chosen, behaviour, trap, relationship, reviewed, flaggedOnly);
	}

}
