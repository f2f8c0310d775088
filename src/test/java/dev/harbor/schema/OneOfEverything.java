package dev.harbor.schema;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.harbor.client.ClientPattern;
import dev.harbor.client.ClientService;
import dev.harbor.client.NewClient;
import dev.harbor.client.TestClients;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.AssignmentStatus;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.MissedReason;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.TestHomework;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.SessionNote;
import dev.harbor.therapysession.SessionView;
import dev.harbor.therapysession.TherapySessionService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One of every record a clinician writes, through the services, so that every table (and
 * every check on its values) takes a row: a client with a position, a goal and patterns;
 * homework with a practice, a missed practice and a pause; a diary entry; two corrective
 * experiences; a signed session with an amendment.
 */
record OneOfEverything(ClientService clients, HomeworkService homework, PracticeLogService practiceLog,
		DiaryService diary, CorrectiveExperienceService experiences, TherapySessionService sessions, Clock clock) {

	static final List<String> TABLES = List.of("client", "attachment_position", "treatment_goal", "client_pattern",
			"homework_assignment", "homework_assignment_step", "assignment_status_change", "completion",
			"completion_answer", "missed_practice", "diary_entry", "diary_feeling", "diary_behaviour", "diary_need",
			"diary_trap", "corrective_experience", "corrective_learning", "corrective_repair_step", "therapy_session",
			"session_amendment", "audit_event");

	/** The services of a running application. */
	static OneOfEverything in(ApplicationContext context) {
		return new OneOfEverything(context.getBean(ClientService.class), context.getBean(HomeworkService.class),
				context.getBean(PracticeLogService.class), context.getBean(DiaryService.class),
				context.getBean(CorrectiveExperienceService.class), context.getBean(TherapySessionService.class),
				context.getBean(Clock.class));
	}

	void writeAs(HarborUser clinician) {
		LocalDate today = LocalDate.now(clock);
		LocalDateTime yesterday = LocalDateTime.now(clock).minusDays(1).withNano(0);
		TestAccounts.signIn(clinician);
		try {
			long client = clients.addClient(NewClient.named("Rowan", today.minusWeeks(4)));
			long version = clients.recordAttachmentPosition(client, 0, TestClients.position("5.5", "2.5", today))
				.version();
			version = clients.addGoal(client, version, "Wait before sending a second message").version();
			clients.updatePatterns(client, version, Set.of(ClientPattern.REASSURANCE_SEEKING), null);

			long assignment = homework.assignHomework(client, TestHomework.pacedBreathingDaily(today.minusDays(7)));
			practiceLog.recordCompletion(assignment, TestHomework.practice(yesterday, 6, 3));
			practiceLog.noteMissedPractice(assignment, today.minusDays(2), MissedReason.FORGOT, null);
			homework.changeStatus(assignment, 0, AssignmentStatus.PAUSED, today);

			diary.recordEntry(client, TestDiary.lateReply(yesterday));
			experiences.recordExperience(client, TestExperiences.askedForSupport(yesterday, 80, 30));
			experiences.recordExperience(client, TestExperiences.repair(yesterday, 70, 40));

			SessionView session = sessions.startSession(client, new NewSession(yesterday, 50));
			session = sessions.saveDraft(session.id(), session.version(),
					new SessionNote("Waiting", "Paced breathing", "Calmer", "Keep going", null, null));
			session = sessions.sign(session.id(), session.version());
			sessions.addAmendment(session.id(), "Also spoke about the weekend");
		}
		finally {
			TestAccounts.signOut();
		}
	}

	static void assertEveryTableHasARow(JdbcTemplate jdbc) {
		Map<String, Long> counts = new TreeMap<>();
		TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
		assertThat(counts).allSatisfy((table, count) -> assertThat(count).as(table).isPositive());
	}

}
