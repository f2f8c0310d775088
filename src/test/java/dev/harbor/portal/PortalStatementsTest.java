package dev.harbor.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.Need;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client's evening costs the database: logging a practice and writing a diary
 * entry each take a fixed, small number of statements, however long the client's history.
 * The portal benchmark times the same calls under load (docs/performance.md).
 */
@HarborSpringTest
class PortalStatementsTest {

	@Autowired
	TestDatabase database;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	MyPracticeService practice;

	@Autowired
	MyDiaryService diary;

	@Autowired
	MutableClock clock;

	HarborUser noor;

	long breathing;

	@BeforeEach
	void noorWithAPlan() {
		database.clean();
		HarborUser maya = accounts.clinician("Maya Okafor");
		long record = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		breathing = homework.assignHomework(record, new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"),
				LocalDate.now(clock).minusDays(3), null, new Rhythm.Daily(), 5, null, null));
		noor = accounts.client(record, "Noor Haddad");
		TestAccounts.signIn(noor);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_practice_and_a_diary_entry_cost_the_same_few_statements_the_tenth_time_as_the_first() {
		List<Integer> practices = new java.util.ArrayList<>();
		List<Integer> entries = new java.util.ArrayList<>();
		for (int evening = 0; evening < 10; evening++) {
			LocalDateTime when = LocalDateTime.now(clock).minusHours(1);
			StatementLog.start();
			practice.logPractice(breathing, new NewCompletion(when, 5, 6, 3, List.of("5", "Jaw"), null));
			practices.add(StatementLog.stop().size());
			StatementLog.start();
			diary.writeEntry(new NewDiaryEntry(when, when, "He went quiet at dinner", "He is bored of me",
					Map.of(Feeling.FEAR, 70, Feeling.SADNESS, 40), null, Set.of(), Set.of(Need.SECURITY), Set.of(),
					null, null, DiaryRelationship.PARTNER), false);
			entries.add(StatementLog.stop().size());
		}
		// Two reads to check the portal is open to me, the plan and its prompts, the
		// practice and its answers (one batch), the audit event; the first of the day
		// also notes that I was active.
		assertThat(practices.getFirst()).isLessThanOrEqualTo(8);
		assertThat(practices.subList(1, practices.size())).allMatch(count -> count <= 7);
		// Two reads, the entry, its feelings and its needs (a batch each), the draft it
		// replaces, the audit event.
		assertThat(entries).allMatch(count -> count <= 7);
		assertThat(practices.getLast()).isEqualTo(practices.get(1));
		assertThat(entries.getLast()).isEqualTo(entries.getFirst());
	}

}
