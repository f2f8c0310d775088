package dev.harbor.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.MissedReason;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.Progression;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;

/**
 * Homework for the demo clients, through the real service: one client practising well and
 * settling more each week, one doing fewer than planned with a missed practice noted, and
 * one whose plan has gone quiet. Deterministic, so screenshots repeat.
 */
final class DemoHomework {

	private final HomeworkService homework;

	private final PracticeLogService practice;

	private final LocalDate today;

	DemoHomework(HomeworkService homework, PracticeLogService practice, LocalDate today) {
		this.homework = homework;
		this.practice = practice;
		this.today = today;
	}

	void seed(List<Long> mayasClients) {
		steadyBreathing(mayasClients.get(0));
		fewerThanPlanned(mayasClients.get(1));
		goneQuiet(mayasClients.get(2));
	}

	private void steadyBreathing(long client) {
		LocalDate start = today.minusWeeks(5);
		long breathing = homework.assignHomework(client,
				new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"), start, null, new Rhythm.Daily(), 3,
						new Progression(1, 8), "Try it after breakfast, before you look at your phone."));
		for (int day = 0; day < 35; day++) {
			if (day % 10 == 4 || day % 10 == 8) {
				continue;
			}
			int week = day / 7;
			practise(breathing, start.plusDays(day), 7 - week, Math.max(1, 4 - week), 3 + week,
					List.of(String.valueOf(4 + week), week < 2 ? "Shoulders and jaw" : "Jaw, a little"));
		}
		long urges = homework.assignHomework(client, new NewAssignment(new TemplateRef.BuiltIn("reassurance_urge_log"),
				today.minusWeeks(3), null, new Rhythm.WhenTriggered(), 3, null, null));
		for (int day : new int[] { 2, 6, 9, 15, 19 }) {
			practise(urges, today.minusWeeks(3).plusDays(day), 8, 5, 4,
					List.of("No reply for an hour", "They are pulling away", "Fear", "Made tea and waited"));
		}
	}

	private void fewerThanPlanned(long client) {
		LocalDate start = today.minusWeeks(3);
		long statements = homework.assignHomework(client, new NewAssignment(new TemplateRef.BuiltIn("i_statement"),
				start, null, new Rhythm.TimesPerWeek(2), 3, null, "One small one is plenty."));
		practise(statements, start.plusDays(1), 6, 4, 3, List.of("I feel tense when plans change late", "Listened"));
		practise(statements, start.plusDays(9), 5, 3, 3, List.of("I'd like a heads-up", "Said sorry"));
		practice.noteMissedPractice(statements, start.plusDays(4), MissedReason.FELT_LIKE_A_TEST,
				"Worried about getting it wrong");
	}

	private void goneQuiet(long client) {
		LocalDate start = today.minusWeeks(2);
		long place = homework.assignHomework(client, new NewAssignment(new TemplateRef.BuiltIn("safe_place"), start,
				null, new Rhythm.Daily(), 2, null, null));
		for (int day = 0; day < 4; day++) {
			practise(place, start.plusDays(day), 6, 4, 2, List.of("A beach at dawn", "Waves", "Salt"));
		}
	}

	private void practise(long assignment, LocalDate day, int before, int after, int minutes, List<String> answers) {
		practice.recordCompletion(assignment,
				new NewCompletion(day.atTime(8, 30), minutes, before, after, answers, null));
	}

}
