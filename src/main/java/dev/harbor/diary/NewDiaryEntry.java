package dev.harbor.diary;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A trigger-diary entry as typed in or imported. Times are the client's own clock: when
 * it happened and, if known, when they wrote it down.
 *
 * @param feelings each named feeling with its intensity, 0 to 100
 */
public record NewDiaryEntry(@Nullable LocalDateTime happenedAt, @Nullable LocalDateTime writtenAt,
		@Nullable String situation, @Nullable String thoughts, Map<Feeling, Integer> feelings, @Nullable String body,
		Set<Behaviour> behaviours, Set<Need> needs, Set<ThinkingTrap> traps, @Nullable String triedInstead,
		@Nullable String howItWent, @Nullable DiaryRelationship relationship) {

	public static final int SITUATION_MAX = 2000;

	public static final int THOUGHTS_MAX = 2000;

	public static final int BODY_MAX = 1000;

	public static final int TRIED_MAX = 1000;

	public static final int WENT_MAX = 1000;

	public NewDiaryEntry {
		feelings = Map.copyOf(feelings);
		behaviours = Set.copyOf(behaviours);
		needs = Set.copyOf(needs);
		traps = Set.copyOf(traps);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "NewDiaryEntry[happenedAt=" + happenedAt + ", relationship=" + relationship + "]";
	}

}
