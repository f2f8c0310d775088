package dev.harbor.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a period of the diary shows, counted in SQL.
 *
 * @param needsByRelationship how often each need came up in each relationship
 * @param feelingsByWeek average intensity per feeling and week, oldest first
 * @param traps thinking traps, most frequent first
 * @param behaviours behaviours and urges, most frequent first
 * @param needs needs, most frequent first
 * @param feelings feelings, most often named first
 */
public record DiaryPatterns(LocalDate from, LocalDate to, int entries,
		Map<Need, Map<DiaryRelationship, Integer>> needsByRelationship, List<FeelingWeek> feelingsByWeek,
		List<Tally<ThinkingTrap>> traps, List<Tally<Behaviour>> behaviours, List<Tally<Need>> needs,
		List<Tally<Feeling>> feelings) {

	public int needCount(Need need, DiaryRelationship relationship) {
		return needsByRelationship.getOrDefault(need, Map.of()).getOrDefault(relationship, 0);
	}

}
