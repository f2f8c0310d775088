package dev.harbor.diary;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/** Small builders for diary test data. */
public final class TestDiary {

	private TestDiary() {
	}

	/**
	 * An entry about a partner's late reply: fear and shame, reassurance sought, security
	 * needed.
	 */
	public static NewDiaryEntry lateReply(LocalDateTime when) {
		return new NewDiaryEntry(when, when.plusHours(2), "No reply to my message for three hours",
				"They are losing interest in me", Map.of(Feeling.FEAR, 70, Feeling.SHAME, 40), "Tight chest",
				Set.of(Behaviour.SOUGHT_REASSURANCE), Set.of(Need.SECURITY), Set.of(ThinkingTrap.MIND_READING),
				"Went for a walk before texting again", "Calmer, sent one message", DiaryRelationship.PARTNER);
	}

	public static NewDiaryEntry entry(LocalDateTime when, String situation, Map<Feeling, Integer> feelings,
			Set<Need> needs, DiaryRelationship relationship) {
		return new NewDiaryEntry(when, null, situation, null, feelings, null, Set.of(Behaviour.WENT_QUIET), needs,
				Set.of(), null, null, relationship);
	}

}
