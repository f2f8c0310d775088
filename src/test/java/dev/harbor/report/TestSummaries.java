package dev.harbor.report;

import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Summaries for renderer tests: a typical one, and the odd cases. */
final class TestSummaries {

	static final SessionSummary.Labels LABELS = new SessionSummary.Labels("Session summary", "Period", "Made",
			"Practice", "Clinician", "Client", "Homework", "No homework in this period.", "Exercise", "Plan",
			"What was done", "Distress before \u2192 after", "Distress before and after practice", "Before", "After",
			"Trigger diary", "No diary entries in this period.", "Entries", "Most frequent needs",
			"Most frequent feelings", "Most frequent reactions", "Feelings over time", "Flagged for this session",
			"Date", "What happened", "Corrective experiences", "No corrective experiences in this period.",
			"On average, the fear felt {0,choice,-1#{1} points more true|0#just as true|1#{1} points less true} afterwards.",
			"Risked", "Believed before", "Believed after", "Learned", "Feared belief before and after", "Session note",
			"No note yet.", "Gone through in this session", "Homework for the next period", "No homework planned.",
			"Confidential: clinical information. Keep it safe.", "Page {0} of {1}", "What they feared would happen",
			"What actually happened");

	private TestSummaries() {
	}

	static SessionSummary typical() {
		LocalDate monday = LocalDate.of(2026, 11, 2);
		return new SessionSummary(LABELS, Locale.ENGLISH, "Harbor Practice", "Maya Okafor", "Noor Haddad", "HB-7KQ2MX",
				monday, monday.plusDays(13), ZonedDateTime.parse("2026-11-16T10:00:00Z"),
				List.of(new SessionSummary.Homework("Paced breathing", "every day, 3 minutes",
						"10 of the 14 planned times", 5.7, 2.7)),
				List.of(new SessionSummary.DistressWeek(monday, 6.0, 3.0),
						new SessionSummary.DistressWeek(monday.plusWeeks(1), 5.0, 2.0)),
				new SessionSummary.Diary(3, List.of("Feeling safe (2)"), List.of("Fear (3)"),
						List.of("Looked for reassurance (2)"),
						List.of(new SessionSummary.Series("Fear",
								List.of(new SessionSummary.Point(monday, 70),
										new SessionSummary.Point(monday.plusWeeks(1), 30)))),
						List.of(new SessionSummary.Flagged(monday.plusDays(3), "No reply all evening"))),
				new SessionSummary.Experiences(List.of(
						new SessionSummary.Experience(monday.plusDays(2), "Asked for support",
								"She will think I am too much", 80, "She called back within the hour", 30,
								"Asking early works"),
						new SessionSummary.Experience(monday.plusDays(9), "Repaired after a conflict",
								"He will stay cold for days", 90, "He listened and we made tea", 40, null)),
						50.0),
				"Focus: the evenings.\nPlan: keep the walk before texting.",
				List.of("Diary, Nov 5, 2026: No reply all evening"), List.of("Paced breathing, every day"));
	}

	static SessionSummary emptyPeriod() {
		LocalDate day = LocalDate.of(2026, 11, 2);
		return new SessionSummary(LABELS, Locale.ENGLISH, "Harbor Practice", "Maya Okafor", "HB-7KQ2MX", "HB-7KQ2MX",
				day, day, ZonedDateTime.parse("2026-11-16T10:00:00Z"), List.of(), List.of(),
				SessionSummary.Diary.empty(), SessionSummary.Experiences.none(), null, List.of(), List.of());
	}

	static SessionSummary withFlagged(int count, String situation) {
		SessionSummary typical = typical();
		SessionSummary.Diary diary = new SessionSummary.Diary(count, typical.diary().topNeeds(),
				typical.diary().topFeelings(), typical.diary().topBehaviours(), typical.diary().feelingsByWeek(),
				IntStream.range(0, count)
					.mapToObj(i -> new SessionSummary.Flagged(LocalDate.of(2026, 11, 2), situation + " " + (i + 1)))
					.toList());
		return new SessionSummary(typical.labels(), typical.locale(), typical.practiceName(), typical.clinicianName(),
				typical.clientLabel(), typical.referenceCode(), typical.from(), typical.to(), typical.generatedAt(),
				typical.homework(), typical.distress(), diary, typical.experiences(), typical.sessionNote(),
				typical.goneThrough(), typical.nextHomework());
	}

	static SessionSummary withExperience(SessionSummary.Experience experience) {
		SessionSummary typical = typical();
		return new SessionSummary(typical.labels(), typical.locale(), typical.practiceName(), typical.clinicianName(),
				typical.clientLabel(), typical.referenceCode(), typical.from(), typical.to(), typical.generatedAt(),
				typical.homework(), typical.distress(), typical.diary(),
				new SessionSummary.Experiences(List.of(experience), 45.0), typical.sessionNote(), typical.goneThrough(),
				typical.nextHomework());
	}

	static SessionSummary withNote(String note) {
		SessionSummary typical = typical();
		return new SessionSummary(typical.labels(), typical.locale(), typical.practiceName(), typical.clinicianName(),
				typical.clientLabel(), typical.referenceCode(), typical.from(), typical.to(), typical.generatedAt(),
				typical.homework(), typical.distress(), typical.diary(), typical.experiences(), note,
				typical.goneThrough(), typical.nextHomework());
	}

}
