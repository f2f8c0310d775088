package dev.harbor.diary;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import dev.harbor.review.EntryPageColumns;
import org.jspecify.annotations.Nullable;

/** The sets of one diary entry, as a page of the diary reads them beside the entry. */
record DiaryAnswers(Map<Feeling, Integer> feelings, Set<Behaviour> behaviours, Set<Need> needs,
		Set<ThinkingTrap> traps) {

	/**
	 * From the JSON arrays {@link DiaryQuery} reads; feelings as {@code NAME:intensity}.
	 */
	static DiaryAnswers read(@Nullable String feelings, @Nullable String behaviours, @Nullable String needs,
			@Nullable String traps) {
		Map<Feeling, Integer> strengths = new EnumMap<>(Feeling.class);
		for (String pair : EntryPageColumns.strings(feelings)) {
			int colon = pair.lastIndexOf(':');
			strengths.put(Feeling.valueOf(pair.substring(0, colon)), Integer.valueOf(pair.substring(colon + 1)));
		}
		return new DiaryAnswers(strengths, EntryPageColumns.enums(Behaviour.class, behaviours),
				EntryPageColumns.enums(Need.class, needs), EntryPageColumns.enums(ThinkingTrap.class, traps));
	}

}
