package dev.harbor.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.Learning;
import dev.harbor.correctiveexperience.NewExperience;
import dev.harbor.correctiveexperience.RepairStep;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;
import dev.harbor.diary.Behaviour;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.Need;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.diary.ThinkingTrap;

/**
 * A demo client's trigger diary and corrective experiences, through the real services:
 * six weeks of moments with a partner, a mother and a colleague, fear easing over time,
 * some entries already reviewed and one flagged; and three experiences where the feared
 * outcome did not come.
 */
final class DemoReflections {

	private final DiaryService diary;

	private final CorrectiveExperienceService experiences;

	private final LocalDate today;

	DemoReflections(DiaryService diary, CorrectiveExperienceService experiences, LocalDate today) {
		this.diary = diary;
		this.experiences = experiences;
		this.today = today;
	}

	void seed(long client) {
		List<DiaryEntryView> entries = List.of(
				entry(client, 40, 21, "No reply to my message all evening", "He is getting tired of me",
						Map.of(Feeling.FEAR, 85, Feeling.SHAME, 50), Set.of(Behaviour.SOUGHT_REASSURANCE),
						Set.of(Need.SECURITY), Set.of(ThinkingTrap.MIND_READING, ThinkingTrap.CATASTROPHISING),
						DiaryRelationship.PARTNER, "Sent three more texts", "Worse, then embarrassed"),
				entry(client, 36, 13, "Mum said I never call", "I always let people down",
						Map.of(Feeling.SHAME, 70, Feeling.ANGER, 40), Set.of(Behaviour.PLEASED_OTHERS),
						Set.of(Need.APPRECIATION), Set.of(ThinkingTrap.OVERGENERALISING), DiaryRelationship.PARENT,
						null, null),
				entry(client, 30, 22, "He went to bed early without saying goodnight", "He is pulling away from me",
						Map.of(Feeling.FEAR, 75, Feeling.LONELINESS, 60), Set.of(Behaviour.WENT_QUIET),
						Set.of(Need.CONNECTION, Need.SECURITY), Set.of(ThinkingTrap.DISTANCE_AS_REJECTION),
						DiaryRelationship.PARTNER, "Paced breathing, then read", "Slept; asked him in the morning"),
				entry(client, 23, 10, "Team lead moved my meeting without asking", "My work doesn't count",
						Map.of(Feeling.ANGER, 55, Feeling.WORRY, 40), Set.of(Behaviour.WENT_QUIET),
						Set.of(Need.APPRECIATION, Need.AUTONOMY), Set.of(ThinkingTrap.ALL_OR_NOTHING),
						DiaryRelationship.COLLEAGUE, "Wrote down what I wanted to say", "Said it the next day"),
				entry(client, 16, 20, "He was on his phone at dinner", "Maybe he is just tired",
						Map.of(Feeling.WORRY, 50, Feeling.SADNESS, 30), Set.of(Behaviour.CLUNG),
						Set.of(Need.CONNECTION), Set.of(ThinkingTrap.MIND_READING), DiaryRelationship.PARTNER,
						"Asked if we could put phones away", "He agreed; we laughed about it"),
				entry(client, 9, 18, "Mum cancelled our lunch", "She has other priorities",
						Map.of(Feeling.SADNESS, 45, Feeling.FEAR, 35), Set.of(Behaviour.DISTRACTED_SELF),
						Set.of(Need.CONNECTION), Set.of(ThinkingTrap.DISTANCE_AS_REJECTION), DiaryRelationship.PARENT,
						"Safe-place visualisation", "Calmer; rescheduled"),
				entry(client, 3, 21, "He stayed late at work again", "I can wait and ask",
						Map.of(Feeling.WORRY, 35, Feeling.LONELINESS, 30), Set.of(Behaviour.OTHER),
						Set.of(Need.SECURITY), Set.of(), DiaryRelationship.PARTNER, "Texted once, then paced breathing",
						"He called on his way home"));
		diary.markReviewed(client, entries.subList(0, 4).stream().map(DiaryEntryView::id).toList());
		DiaryEntryView flagged = entries.get(4);
		diary.flag(flagged.id(), flagged.version(), true);
		experience(client, 33, Setting.FRIEND, Risk.ASKED_FOR_SUPPORT, "She will think I am too much", 85,
				"She called straight back and stayed on the phone an hour", 35, "Asking early is easier than waiting",
				Set.of(Learning.TIMING, Learning.MYSELF), Set.of());
		experience(client, 19, Setting.PARTNER, Risk.REPAIRED, "He will stay cold for days", 90,
				"He listened, said sorry too, and we made tea", 30, "A calm voice kept us both in the room",
				Set.of(Learning.TONE),
				Set.of(RepairStep.IMPACT_ACKNOWLEDGED, RepairStep.WISH_TO_UNDERSTAND, RepairStep.CONCRETE_STEP));
		experience(client, 6, Setting.WORK, Risk.SET_BOUNDARY, "My lead will be annoyed", 70,
				"She said thanks for flagging it and moved the deadline", 25, "Saying it plainly was enough",
				Set.of(Learning.WORDING), Set.of());
	}

	private DiaryEntryView entry(long client, int daysAgo, int hour, String situation, String thoughts,
			Map<Feeling, Integer> feelings, Set<Behaviour> behaviours, Set<Need> needs, Set<ThinkingTrap> traps,
			DiaryRelationship relationship, String triedInstead, String howItWent) {
		LocalDateTime when = today.minusDays(daysAgo).atTime(hour, 15);
		return diary.recordEntry(client, new NewDiaryEntry(when, when.plusHours(1), situation, thoughts, feelings, null,
				behaviours, needs, traps, triedInstead, howItWent, relationship));
	}

	private void experience(long client, int daysAgo, Setting setting, Risk risk, String feared, int before,
			String happened, int after, String learned, Set<Learning> learnedAbout, Set<RepairStep> steps) {
		experiences.recordExperience(client, new NewExperience(today.minusDays(daysAgo).atTime(19, 0), setting, risk,
				feared, before, happened, after, learned, learnedAbout, null, steps));
	}

}
