package dev.harbor.diary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.ExperienceFilter;
import dev.harbor.correctiveexperience.ExperienceNotFoundException;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import java.lang.reflect.Method;
import java.util.Set;
import dev.harbor.testsupport.CalledMethods;
import dev.harbor.testsupport.IsolationMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation matrix for the diary and the corrective-experience log: every public
 * method that names a client or an entry, called by a second clinician and by someone not
 * signed in. Each is refused, changes nothing, and leaves one "denied" event.
 */
@IsolationMatrix
@HarborSpringTest
class ReviewIsolationTest {

	static final LocalDateTime EVENING = LocalDateTime.of(2026, 11, 2, 20, 0);

	@Autowired
	DiaryService diary;

	@Autowired
	CorrectiveExperienceService experiences;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser tomas;

	Ids mayas;

	@Autowired
	TherapySessionService sessions;

	/** What Maya owns: a client, a diary entry, a corrective experience and a session. */
	record Ids(long client, long entry, long experience, long session) {
	}

	interface Attempt {

		void on(DiaryService diary, CorrectiveExperienceService experiences, Ids ids);

	}

	/** One row per public method that names something of Maya's. */
	static Map<String, Attempt> rows() {
		return Map.<String, Attempt>ofEntries(
				Map.entry("recordEntry", (d, e, ids) -> d.recordEntry(ids.client(), TestDiary.lateReply(EVENING))),
				Map.entry("correctEntry", (d, e, ids) -> d.correctEntry(ids.entry(), 0, TestDiary.lateReply(EVENING))),
				Map.entry("diary", (d, e, ids) -> d.diary(ids.client(), DiaryFilter.ALL, PageRequest.of(0, 10))),
				Map.entry("markReviewed (diary)", (d, e, ids) -> d.markReviewed(ids.client(), List.of(ids.entry()))),
				Map.entry("markReviewedInSession (diary)",
						(d, e, ids) -> d.markReviewedInSession(ids.client(), ids.session(), List.of(ids.entry()))),
				Map.entry("reviewedInSession (diary)", (d, e, ids) -> d.reviewedInSession(ids.client(), ids.session())),
				Map.entry("comment (diary)", (d, e, ids) -> d.comment(ids.entry(), 0, "not mine")),
				Map.entry("flag (diary)", (d, e, ids) -> d.flag(ids.entry(), 0, true)),
				Map.entry("patterns (diary)",
						(d, e, ids) -> d.patterns(ids.client(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
				Map.entry("importDiary",
						(d, e, ids) -> d.importDiary(ids.client(), "d.csv",
								"happened_at,situation,relationship\n2026-11-01T10:00,x,partner\n"
									.getBytes(StandardCharsets.UTF_8))),
				Map.entry("recordExperience",
						(d, e, ids) -> e.recordExperience(ids.client(), TestExperiences.repair(EVENING, 90, 20))),
				Map.entry("correctExperience",
						(d, e, ids) -> e.correctExperience(ids.experience(), 0,
								TestExperiences.repair(EVENING, 90, 20))),
				Map.entry("experiences",
						(d, e, ids) -> e.experiences(ids.client(), ExperienceFilter.ALL, PageRequest.of(0, 10))),
				Map.entry("markReviewed (experiences)",
						(d, e, ids) -> e.markReviewed(ids.client(), List.of(ids.experience()))),
				Map.entry("markReviewedInSession (experiences)",
						(d, e, ids) -> e.markReviewedInSession(ids.client(), ids.session(), List.of(ids.experience()))),
				Map.entry("reviewedInSession (experiences)",
						(d, e, ids) -> e.reviewedInSession(ids.client(), ids.session())),
				Map.entry("comment (experiences)", (d, e, ids) -> e.comment(ids.experience(), 0, "not mine")),
				Map.entry("flag (experiences)", (d, e, ids) -> e.flag(ids.experience(), 0, true)),
				Map.entry("patterns (experiences)",
						(d, e, ids) -> e.patterns(ids.client(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
	}

	static Stream<Arguments> everyMethodThatNamesSomethingOfMayas() {
		return rows().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		rows().values()
			.forEach(row -> calls.run(() -> row.on(calls.of(DiaryService.class),
					calls.of(CorrectiveExperienceService.class), new Ids(1, 2, 3, 4))));
		return calls.called();
	}

	@BeforeEach
	void twoCaseloads() {
		database.clean();
		clock.set(Instant.parse("2026-11-03T09:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		long client = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		long entry = diary.recordEntry(client, TestDiary.lateReply(EVENING)).id();
		long experience = experiences.recordExperience(client, TestExperiences.askedForSupport(EVENING, 80, 30)).id();
		long session = sessions.startSession(client, new NewSession(LocalDateTime.of(2026, 11, 3, 10, 0), 50)).id();
		mayas = new Ids(client, entry, experience, session);
		TestAccounts.signOut();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesSomethingOfMayas")
	void another_clinician_is_refused_nothing_changes_and_the_refusal_is_audited(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> attempt.on(diary, experiences, mayas))
			.isInstanceOfAny(ClientNotFoundException.class, DiaryNotFoundException.class,
					ExperienceNotFoundException.class)
			.hasMessageNotContaining("Noor")
			.hasMessageNotContaining("reply");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					tomas.accountId()))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesSomethingOfMayas")
	void someone_not_signed_in_is_refused_and_nothing_changes(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> attempt.on(diary, experiences, mayas)).isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void the_to_review_lists_never_show_another_clinicians_clients() {
		TestAccounts.signIn(tomas);

		assertThat(diary.myDiaryToReview()).isEmpty();
		assertThat(experiences.myExperiencesToReview()).isEmpty();
	}

	@Test
	void marking_a_mix_of_mine_and_someone_elses_entries_reviewed_changes_nothing() {
		long tomasClient = TestClients.aClientOf(clients, tomas, "Ada Brandt");
		TestAccounts.signIn(tomas);
		long tomasEntry = diary.recordEntry(tomasClient, TestDiary.lateReply(EVENING)).id();
		String before = snapshot();

		assertThatThrownBy(() -> diary.markReviewed(tomasClient, List.of(tomasEntry, mayas.entry())))
			.isInstanceOf(DiaryNotFoundException.class);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void an_entry_is_never_linked_to_a_session_of_another_client() {
		long tomasClient = TestClients.aClientOf(clients, tomas, "Ada Brandt");
		TestAccounts.signIn(tomas);
		long tomasEntry = diary.recordEntry(tomasClient, TestDiary.lateReply(EVENING)).id();
		long tomasExperience = experiences.recordExperience(tomasClient, TestExperiences.repair(EVENING, 90, 20)).id();
		String before = snapshot();

		assertThatThrownBy(() -> diary.markReviewedInSession(tomasClient, mayas.session(), List.of(tomasEntry)))
			.isInstanceOf(DiaryNotFoundException.class)
			.hasMessageNotContaining("Noor");
		assertThatThrownBy(
				() -> experiences.markReviewedInSession(tomasClient, mayas.session(), List.of(tomasExperience)))
			.isInstanceOf(ExperienceNotFoundException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					tomas.accountId()))
			.isEqualTo(2);
	}

	private String snapshot() {
		return database.jdbc()
			.queryForList(
					"select version, situation, reviewed_at, reviewed_in_session, comment, flagged from diary_entry order by id")
			.toString()
				+ database.jdbc()
					.queryForList("select version, feared, reviewed_at, reviewed_in_session, comment, flagged "
							+ "from corrective_experience order by id")
				+ database.count("diary_entry") + database.count("corrective_experience");
	}

}
