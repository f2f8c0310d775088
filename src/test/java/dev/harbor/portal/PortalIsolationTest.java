package dev.harbor.portal;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.RecordNotFoundException;
import dev.harbor.correctiveexperience.MyExperienceService;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.MissedReason;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.TemplateRef;
import dev.harbor.report.ReportService;
import dev.harbor.review.DraftKind;
import dev.harbor.review.DraftService;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.CalledMethods;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.IsolationMatrix;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation matrix for the client portal. A client reaches only their own record: a
 * second client naming Noor's entries or plans by id finds nothing; clinicians and
 * visitors cannot call the portal's methods at all; a client whose access ended is
 * refused at once. The clinician's side (inviting, the letter, ending access) is refused
 * to another clinician, to any client and to a visitor. Each refusal changes nothing and
 * leaves a "denied" event.
 */
@IsolationMatrix
@HarborSpringTest
class PortalIsolationTest {

	static final LocalDateTime EVENING = LocalDateTime.of(2026, 11, 18, 21, 0);

	@Autowired
	MyDiaryService diary;

	@Autowired
	MyExperienceService experiences;

	@Autowired
	MyPracticeService practice;

	@Autowired
	DraftService drafts;

	@Autowired
	PortalAccessService portal;

	@Autowired
	ReportService reports;

	Services services;

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	HarborUser tomas;

	HarborUser noorInPortal;

	HarborUser samInPortal;

	Ids noors;

	/** Noor's things, by id. */
	record Ids(long client, long diaryEntry, long experience, long plan) {
	}

	interface Attempt {

		void on(Services services, Ids ids);

	}

	/** Every service a row calls, in one place so stand-ins can take their place. */
	static class Services {

		final MyDiaryService diary;

		final MyExperienceService experiences;

		final MyPracticeService practice;

		final DraftService drafts;

		final PortalAccessService portal;

		final ReportService reports;

		Services(MyDiaryService diary, MyExperienceService experiences, MyPracticeService practice, DraftService drafts,
				PortalAccessService portal, ReportService reports) {
			this.diary = diary;
			this.experiences = experiences;
			this.practice = practice;
			this.drafts = drafts;
			this.portal = portal;
			this.reports = reports;
		}

	}

	/** Client methods that name a record by id: another client must find nothing. */
	static Map<String, Attempt> byId() {
		return Map.ofEntries(Map.entry("myEntry", (s, ids) -> s.diary.myEntry(ids.diaryEntry())),
				Map.entry("correctEntry",
						(s, ids) -> s.diary.correctEntry(ids.diaryEntry(), 0, TestDiary.lateReply(EVENING), true)),
				Map.entry("addToEntry", (s, ids) -> s.diary.addToEntry(ids.diaryEntry(), "more")),
				Map.entry("myExperience", (s, ids) -> s.experiences.myExperience(ids.experience())),
				Map.entry("correctExperience",
						(s, ids) -> s.experiences.correctExperience(ids.experience(), 0,
								TestExperiences.askedForSupport(EVENING, 80, 30), false)),
				Map.entry("addToExperience", (s, ids) -> s.experiences.addToExperience(ids.experience(), "more")),
				Map.entry("myPlan", (s, ids) -> s.practice.myPlan(ids.plan())),
				Map.entry("logPractice",
						(s, ids) -> s.practice.logPractice(ids.plan(),
								new NewCompletion(EVENING, 5, 6, 3, List.of(), null))),
				Map.entry("couldNotPractise", (s, ids) -> s.practice.couldNotPractise(ids.plan(), EVENING.toLocalDate(),
						MissedReason.TOO_BUSY, null)));
	}

	/** Client methods whose record comes from the account alone. */
	static Map<String, Attempt> ownRecord() {
		return Map.ofEntries(
				Map.entry("writeEntry", (s, ids) -> s.diary.writeEntry(TestDiary.lateReply(EVENING), false)),
				Map.entry("myEntries", (s, ids) -> s.diary.myEntries(Pageable.ofSize(5))),
				Map.entry("logExperience",
						(s, ids) -> s.experiences.logExperience(TestExperiences.askedForSupport(EVENING, 80, 30),
								false)),
				Map.entry("myExperiences", (s, ids) -> s.experiences.myExperiences(Pageable.ofSize(5))),
				Map.entry("thisWeek", (s, ids) -> s.practice.thisWeek()),
				Map.entry("myDraft", (s, ids) -> s.drafts.myDraft(DraftKind.DIARY)),
				Map.entry("keepDraft", (s, ids) -> s.drafts.keepDraft(DraftKind.DIARY, Map.of("situation", "words"))),
				Map.entry("discardDraft", (s, ids) -> s.drafts.discardDraft(DraftKind.DIARY)));
	}

	/** The clinician's side of the portal, for one client. */
	static Map<String, Attempt> clinicians() {
		return Map.ofEntries(Map.entry("portalState", (s, ids) -> s.portal.portalState(ids.client())),
				Map.entry("invite",
						(s, ids) -> s.portal.invite(ids.client(), "noor.new@example.org", "http://localhost", false)),
				Map.entry("endAccess", (s, ids) -> s.portal.endAccess(ids.client())), Map.entry("invitationLetter",
						(s, ids) -> s.reports.invitationLetter(ids.client(), "token", "http://localhost/x")));
	}

	static Stream<Arguments> rowsOf(Map<String, Attempt> rows) {
		return rows.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	static Stream<Arguments> clientMethodsById() {
		return rowsOf(byId());
	}

	static Stream<Arguments> everyClientMethod() {
		return Stream.concat(rowsOf(byId()), rowsOf(ownRecord()));
	}

	static Stream<Arguments> everyCliniciansMethod() {
		return rowsOf(clinicians());
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		Set<Method> called = new HashSet<>();
		Ids ids = new Ids(1, 2, 3, 4);
		for (Map<String, Attempt> rows : List.of(byId(), ownRecord(), clinicians())) {
			rows.values()
				.forEach(row -> calls
					.run(() -> row.on(new Services(calls.of(MyDiaryService.class), calls.of(MyExperienceService.class),
							calls.of(MyPracticeService.class), calls.of(DraftService.class),
							calls.of(PortalAccessService.class), calls.of(ReportService.class)), ids)));
		}
		called.addAll(calls.called());
		return called;
	}

	@BeforeEach
	void noorAndSamHaveJoinedThePortal() {
		database.clean();
		services = new Services(diary, experiences, practice, drafts, portal, reports);
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long sam = TestClients.aClientOf(clients, tomas, "Sam Lee");
		TestAccounts.signIn(maya);
		long plan = homework.assignHomework(noor, new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"),
				LocalDate.of(2026, 11, 16), null, new Rhythm.Daily(), 5, null, null));
		noorInPortal = accounts.client(noor, "Noor Haddad");
		samInPortal = accounts.client(sam, "Sam Lee");
		TestAccounts.signIn(noorInPortal);
		long entry = services.diary.writeEntry(TestDiary.lateReply(EVENING), false).id();
		long experience = services.experiences.logExperience(TestExperiences.askedForSupport(EVENING, 80, 30), false)
			.id();
		noors = new Ids(noor, entry, experience, plan);
		TestAccounts.signOut();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clientMethodsById")
	void another_client_finds_nothing_changes_nothing_and_is_audited(String method, Attempt attempt) {
		TestAccounts.signIn(samInPortal);
		long before = writtenByClients();

		assertThatThrownBy(() -> attempt.on(services, noors)).isInstanceOf(RecordNotFoundException.class)
			.hasMessageNotContaining("Noor");

		assertThat(writtenByClients()).isEqualTo(before);
		assertThat(deniedFor(samInPortal)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyClientMethod")
	void a_clinician_cannot_use_the_portals_methods(String method, Attempt attempt) {
		TestAccounts.signIn(maya);
		long before = writtenByClients();

		assertThatThrownBy(() -> attempt.on(services, noors)).isInstanceOf(AccessDeniedException.class);

		assertThat(writtenByClients()).isEqualTo(before);
		assertThat(deniedFor(maya)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyClientMethod")
	void someone_not_signed_in_cannot_use_the_portals_methods(String method, Attempt attempt) {
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> attempt.on(services, noors)).isInstanceOf(AccessDeniedException.class);

		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where outcome = 'DENIED' and actor_label = 'not signed in'",
					Long.class))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyClientMethod")
	void a_client_whose_access_ended_is_refused_at_once(String method, Attempt attempt) {
		TestAccounts.signIn(maya);
		services.portal.endAccess(noors.client());
		TestAccounts.signIn(noorInPortal);
		long before = writtenByClients();

		assertThatThrownBy(() -> attempt.on(services, noors)).isInstanceOf(AccessDeniedException.class);

		assertThat(writtenByClients()).isEqualTo(before);
		assertThat(deniedFor(noorInPortal)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyCliniciansMethod")
	void another_clinician_is_refused_the_portal_of_a_client_not_theirs(String method, Attempt attempt) {
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> attempt.on(services, noors)).isInstanceOf(RecordNotFoundException.class)
			.hasMessageNotContaining("Noor");

		assertThat(database.count("portal_invitation")).isZero();
		assertThat(accountEnabled(noorInPortal)).isTrue();
		assertThat(deniedFor(tomas)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyCliniciansMethod")
	void a_client_or_a_visitor_cannot_manage_anyones_portal(String method, Attempt attempt) {
		TestAccounts.signIn(noorInPortal);
		assertThatThrownBy(() -> attempt.on(services, noors)).isInstanceOf(AccessDeniedException.class);
		TestAccounts.signInAsVisitor();
		assertThatThrownBy(() -> attempt.on(services, noors)).isInstanceOf(AccessDeniedException.class);

		assertThat(database.count("portal_invitation")).isZero();
		assertThat(accountEnabled(noorInPortal)).isTrue();
		assertThat(deniedFor(noorInPortal)).isEqualTo(1);
	}

	private long writtenByClients() {
		return database.jdbc()
			.queryForObject("select (select count(*) from diary_entry) + (select count(*) from corrective_experience)"
					+ " + (select count(*) from completion) + (select count(*) from missed_practice)"
					+ " + (select count(*) from entry_addition) + (select count(*) from entry_draft)"
					+ " + (select coalesce(sum(version), 0) from diary_entry)"
					+ " + (select coalesce(sum(version), 0) from corrective_experience)", Long.class);
	}

	private long deniedFor(HarborUser who) {
		return database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					who.accountId());
	}

	private boolean accountEnabled(HarborUser who) {
		return Boolean.TRUE.equals(database.jdbc()
			.queryForObject("select enabled from user_account where id = ?", Boolean.class, who.accountId()));
	}

}
