package dev.harbor.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditFilter;
import dev.harbor.audit.AuditOutcome;
import dev.harbor.audit.AuditService;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.ExperienceFilter;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.DiaryFilter;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.TestHomework;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.TestLadders;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.StatementLog;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every grid a clinician or the admin pages through costs at most two statements for a
 * page of 25, the third page of a long history as the first, as the caseload does in
 * {@code ClientServiceTest}: the page's own read (which also holds it to the clinician's
 * caseload and brings each row's sets of answers and writer's name), and on the first
 * page the event noting the opening. No query per row, no count of the whole history.
 */
@HarborSpringTest
class GridPageStatementsTest {

	private static final int ROWS = 70;

	private static final LocalDateTime EVENING = LocalDateTime.of(2026, 11, 18, 20, 0);

	@Autowired
	ClientService clients;

	@Autowired
	DiaryService diary;

	@Autowired
	CorrectiveExperienceService experiences;

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	@Autowired
	AuditService audit;

	@Autowired
	LadderService ladders;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_page_of_the_diary_costs_at_most_two_statements_on_a_long_diary() {
		for (int i = 0; i < ROWS; i++) {
			diary.recordEntry(noor, TestDiary.lateReply(EVENING.minusHours(i)));
		}

		assertPagesCostTwoStatements(page -> diary.diary(noor, DiaryFilter.ALL, page), ROWS);
	}

	@Test
	void a_page_of_corrective_experiences_costs_at_most_two_statements_on_a_long_log() {
		for (int i = 0; i < ROWS; i++) {
			experiences.recordExperience(noor, TestExperiences.askedForSupport(EVENING.minusHours(i), 80, 30));
		}

		assertPagesCostTwoStatements(page -> experiences.experiences(noor, ExperienceFilter.ALL, page), ROWS);
	}

	@Test
	void a_page_of_a_plans_practice_log_costs_at_most_two_statements_on_a_long_log() {
		long plan = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 9, 1)));
		for (int i = 0; i < ROWS; i++) {
			practiceLog.recordCompletion(plan, TestHomework.practice(EVENING.minusDays(i / 2).minusHours(i), 6, 3));
		}

		assertPagesCostTwoStatements(page -> practiceLog.practiceLog(plan, page), ROWS);
	}

	@Test
	void a_page_of_a_ladders_attempts_costs_at_most_two_statements_on_a_long_log() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		for (int i = 0; i < ROWS; i++) {
			ladders.logAttempt(ladder.id(), i % 2 == 0 ? TestLadders.wentHard(EVENING.minusHours(i), step)
					: TestLadders.wentWell(EVENING.minusHours(i), step));
		}

		assertPagesCostTwoStatements(page -> ladders.attempts(ladder.id(), page), ROWS);
		assertThat(ladders.attempts(ladder.id(), PageRequest.of(0, 2)).getContent())
			.extracting(attempt -> attempt.attempt().safetyBehaviours())
			.containsExactly(TestLadders.wentHard(EVENING, step).safetyBehaviours(),
					TestLadders.wentWell(EVENING, step).safetyBehaviours());
	}

	@Test
	void a_page_of_the_audit_trail_costs_two_statements_on_a_long_trail() {
		for (int i = 0; i < ROWS; i++) {
			clients.openClient(noor);
		}
		TestAccounts.signIn(accounts.admin("Office"));

		assertPagesCostTwoStatements(page -> audit
			.events(new AuditFilter(null, noor, AuditAction.VIEW, AuditOutcome.SUCCESS, null, null), page), ROWS);
	}

	@Test
	void a_page_shows_every_entry_whole_and_reads_later_additions_only_where_the_client_made_some() {
		WholeEntriesOnAPage story = WholeEntriesOnAPage.in(context);
		WholeEntriesOnAPage.Written written = story.write(maya);

		story.assertPagesShowEveryEntryWhole(written);

		diary.diary(written.client(), DiaryFilter.ALL, PageRequest.of(0, 25));
		List<String> statements = watched(() -> diary.diary(written.client(), DiaryFilter.ALL, PageRequest.of(1, 1)));
		assertThat(statements).as("the page, then the one entry's additions")
			.hasSize(2)
			.allMatch(sql -> sql.startsWith("select"))
			.last()
			.matches(sql -> sql.contains("from entry_addition"));
	}

	private interface PageRead {

		Slice<?> read(Pageable page);

	}

	/**
	 * The first page costs its read and the audit event; the second and third their read
	 * alone. Each read is one select with the page's limit.
	 */
	private static void assertPagesCostTwoStatements(PageRead read, int rows) {
		read.read(PageRequest.of(0, 25));
		for (int page = 0; page < 3; page++) {
			Pageable pageable = PageRequest.of(page, 25);
			List<String> statements = watched(() -> read.read(pageable));
			Slice<?> slice = read.read(pageable);
			assertThat(statements).as("statements for page %d", page)
				.filteredOn(sql -> sql.startsWith("select"))
				.singleElement()
				.matches(sql -> sql.contains(" offset ") || sql.contains(" fetch first ") || sql.contains(" limit "),
						"the page's own read");
			assertThat(statements).as("statements for page %d", page)
				.filteredOn(sql -> !sql.startsWith("select"))
				.hasSize(page == 0 ? 1 : 0)
				.allMatch(sql -> sql.startsWith("insert into audit_event"));
			assertThat(slice.getNumberOfElements()).isEqualTo(Math.min(25, rows - page * 25));
		}
	}

	private static List<String> watched(Supplier<Object> call) {
		StatementLog.start();
		call.get();
		return StatementLog.stop();
	}

}
