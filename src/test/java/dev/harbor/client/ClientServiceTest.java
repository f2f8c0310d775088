package dev.harbor.client;

import dev.harbor.common.i18n.Language;
import dev.harbor.common.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static dev.harbor.client.TestClients.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a clinician does with their own clients, and the audit trail it leaves. */
@HarborSpringTest
class ClientServiceTest {

	private static final LocalDate TODAY = LocalDate.now();

	/** The database keeps microseconds. */
	private static final org.assertj.core.data.TemporalUnitOffset MICROSECOND = org.assertj.core.api.Assertions
		.within(1, java.time.temporal.ChronoUnit.MICROS);

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	@BeforeEach
	void signIn() {
		database.clean();
		maya = TestAccounts.signIn(accounts.clinician("Maya Okafor"));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void opening_a_client_shows_the_whole_profile_and_leaves_exactly_one_view_event() {
		long id = clients.addClient(new NewClient(" Noor Haddad ", LocalDate.of(1990, 4, 2), " noor@example.org ", "",
				LocalDate.of(2026, 9, 1)));
		long before = events();

		ClientProfile profile = clients.openClient(id);

		assertThat(profile.displayName()).isEqualTo("Noor Haddad");
		assertThat(profile.email()).isEqualTo("noor@example.org");
		assertThat(profile.phone()).isNull();
		assertThat(profile.status()).isEqualTo(ClientStatus.ACTIVE);
		assertThat(profile.referenceCode()).startsWith("HB-");
		assertThat(events()).isEqualTo(before + 1);
		assertThat(lastEvent()).isEqualTo("VIEW SUCCESS " + id);
	}

	@Test
	void what_is_new_is_measured_from_the_end_of_the_clinicians_previous_sitting_with_the_record() {
		long id = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));

		assertThat(clients.openClient(id).lookedBefore()).as("never opened before").isNull();
		clock.advance(java.time.Duration.ofMinutes(20));
		assertThat(clients.openClient(id).lookedBefore()).as("tab to tab within one sitting").isNull();
		java.time.Instant endOfMonday = clock.instant();

		clock.advance(java.time.Duration.ofDays(1));
		assertThat(clients.openClient(id).lookedBefore()).isCloseTo(endOfMonday, MICROSECOND);
		clock.advance(java.time.Duration.ofMinutes(10));
		assertThat(clients.openClient(id).lookedBefore()).as("a reload keeps the marks")
			.isCloseTo(endOfMonday, MICROSECOND);

		assertThat(
				database.jdbc().queryForObject("select count(*) from client_look where client_id = ?", Long.class, id))
			.as("one row per clinician and client, however often it is opened")
			.isEqualTo(1);
	}

	@Test
	void every_change_leaves_exactly_one_change_event_that_says_what_kind_of_change() {
		long id = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));

		clients.updateProfile(id, version(id),
				new ProfileChanges("Noor H.", null, null, null, LocalDate.of(2026, 9, 1), Language.ENGLISH));
		clients.changeStatus(id, version(id), ClientStatus.PAUSED);
		clients.recordAttachmentPosition(id, version(id), position("5.5", "2.0", TODAY));
		GoalView goal = clients.addGoal(id, version(id), "Ask for support once a week").goals().getFirst();
		ClientProfile afterGoal = clients.updateGoal(goal.id(), goal.version(), "Ask for support twice a week",
				GoalStatus.PROGRESSING);
		assertThat(afterGoal.version()).as("the returned copy carries the new version").isEqualTo(version(id));
		clients.updatePatterns(id, version(id), EnumSet.of(ClientPattern.REASSURANCE_SEEKING), "texts when anxious");

		assertThat(database.jdbc()
			.queryForList("select detail from audit_event where action = 'CHANGE' and client_id = ? order by id",
					String.class, id))
			.containsExactly("profile", "status PAUSED", "attachment position", "goal added", "goal PROGRESSING",
					"patterns");
		ClientProfile profile = clients.openClient(id);
		assertThat(profile.displayName()).isEqualTo("Noor H.");
		assertThat(profile.status()).isEqualTo(ClientStatus.PAUSED);
		assertThat(profile.goals()).singleElement()
			.satisfies(g -> assertThat(g.description()).isEqualTo("Ask for support twice a week"));
		assertThat(profile.patterns()).containsExactly(ClientPattern.REASSURANCE_SEEKING);
		assertThat(profile.currentPosition().label()).isEqualTo(AttachmentLabel.ANXIOUS);
	}

	@Test
	void the_history_of_positions_is_kept_and_a_late_entry_for_an_earlier_day_does_not_move_the_current_one() {
		long id = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 1, 1)));
		clients.recordAttachmentPosition(id, version(id), position("6.0", "5.0", TODAY.minusMonths(2)));
		clients.recordAttachmentPosition(id, version(id), position("3.0", "2.5", TODAY));

		clients.recordAttachmentPosition(id, version(id), position("5.0", "5.0", TODAY.minusMonths(1)));

		ClientProfile profile = clients.openClient(id);
		assertThat(profile.positions()).extracting(PositionView::observedOn)
			.containsExactly(TODAY.minusMonths(2), TODAY.minusMonths(1), TODAY);
		assertThat(profile.currentPosition().label()).isEqualTo(AttachmentLabel.SECURE);
		assertThat(clients.myCaseload(new CaseloadFilter(null, null, AttachmentLabel.SECURE), PageRequest.of(0, 10)))
			.extracting(ClientListItem::id)
			.containsExactly(id);
	}

	@Test
	void a_second_edit_based_on_the_same_copy_is_refused_and_the_first_stays_intact() {
		long id = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));
		long copyBothRead = version(id);

		clients.updateProfile(id, copyBothRead,
				new ProfileChanges("Noor (first tab)", null, null, null, LocalDate.of(2026, 9, 1), Language.ENGLISH));

		assertThatThrownBy(() -> clients.updateProfile(id, copyBothRead,
				new ProfileChanges("Noor (second tab)", null, null, null, LocalDate.of(2026, 9, 1), Language.ENGLISH)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(clients.openClient(id).displayName()).isEqualTo("Noor (first tab)");
	}

	@Test
	void bad_input_is_refused_naming_the_field_and_nothing_is_saved_half_way() {
		long id = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));
		long version = version(id);
		long eventsBefore = events();

		assertThatThrownBy(() -> clients.updateProfile(id, version,
				new ProfileChanges("Noor", TODAY.plusDays(1), null, null, LocalDate.of(2026, 9, 1), Language.ENGLISH)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("dateOfBirth"));
		assertThatThrownBy(() -> clients.recordAttachmentPosition(id, version, position("7.5", "2.0", TODAY)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("anxiety"));
		assertThatThrownBy(() -> clients.addGoal(id, version, "x".repeat(301)))
			.isInstanceOf(InvalidInputException.class);

		assertThat(version(id)).isEqualTo(version);
		assertThat(database.count("attachment_position")).isZero();
		assertThat(database.count("treatment_goal")).isZero();
		assertThat(events()).isEqualTo(eventsBefore);
	}

	@Test
	void the_caseload_filters_by_text_status_and_label_and_sorts_by_name_or_last_activity() {
		long noor = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));
		long rowan = clients.addClient(NewClient.named("Rowan Ashby", LocalDate.of(2026, 9, 1)));
		long elif = clients.addClient(NewClient.named("Elif Demir", LocalDate.of(2026, 9, 1)));
		clock.advance(Duration.ofMinutes(5));
		clients.changeStatus(rowan, version(rowan), ClientStatus.DISCHARGED);
		String noorsCode = clients.openClient(noor).referenceCode();

		assertThat(ids(new CaseloadFilter("HADD", null, null), Sort.by("displayName"))).containsExactly(noor);
		assertThat(ids(new CaseloadFilter(noorsCode.toLowerCase(), null, null), Sort.unsorted())).containsExactly(noor);
		assertThat(ids(new CaseloadFilter(null, ClientStatus.DISCHARGED, null), Sort.unsorted()))
			.containsExactly(rowan);
		assertThat(ids(CaseloadFilter.ALL, Sort.by("displayName"))).containsExactly(elif, noor, rowan);
		assertThat(ids(CaseloadFilter.ALL, Sort.by(Sort.Direction.DESC, "lastActivityAt")).getFirst()).isEqualTo(rowan);
		assertThat(ids(new CaseloadFilter("%", null, null), Sort.unsorted())).isEmpty();
	}

	@Test
	void a_caseload_page_costs_one_query_and_opening_the_list_one_audit_insert() {
		for (int i = 0; i < 30; i++) {
			clients.addClient(NewClient.named("Client " + i, LocalDate.of(2026, 9, 1)));
		}
		clients.myCaseload(CaseloadFilter.ALL, PageRequest.of(0, 10));

		StatementLog.start();
		clients.myCaseload(CaseloadFilter.ALL, PageRequest.of(0, 10, Sort.by("displayName")));
		List<String> firstPage = StatementLog.stop();
		StatementLog.start();
		var secondPage = clients.myCaseload(CaseloadFilter.ALL, PageRequest.of(1, 10, Sort.by("displayName")));
		List<String> nextPage = StatementLog.stop();

		assertThat(firstPage).hasSize(2).anyMatch(sql -> sql.startsWith("insert into audit_event"));
		assertThat(nextPage).hasSize(1).allMatch(sql -> sql.startsWith("select"));
		assertThat(secondPage.getContent()).hasSize(10);
		assertThat(secondPage.hasNext()).isTrue();
	}

	@Test
	void recently_opened_clients_come_newest_first() {
		long noor = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));
		long rowan = clients.addClient(NewClient.named("Rowan Ashby", LocalDate.of(2026, 9, 1)));
		clients.addClient(NewClient.named("Elif Demir", LocalDate.of(2026, 9, 1)));

		clients.openClient(noor);
		clock.advance(Duration.ofMinutes(5));
		clients.openClient(rowan);

		assertThat(clients.myRecentlyOpened(5)).extracting(ClientListItem::id).containsExactly(rowan, noor);
	}

	@Test
	void recently_opened_looks_back_a_month_only_so_a_long_history_costs_nothing_more() {
		long noor = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));
		long rowan = clients.addClient(NewClient.named("Rowan Ashby", LocalDate.of(2026, 9, 1)));
		clients.openClient(noor);
		clock.advance(Duration.ofDays(20));
		clients.openClient(rowan);

		clock.advance(Duration.ofDays(11));

		assertThat(clients.myRecentlyOpened(5)).extracting(ClientListItem::id).containsExactly(rowan);
	}

	private List<Long> ids(CaseloadFilter filter, Sort sort) {
		return clients.myCaseload(filter, PageRequest.of(0, 50, sort)).map(ClientListItem::id).toList();
	}

	private long version(long clientId) {
		return database.jdbc().queryForObject("select version from client where id = ?", Long.class, clientId);
	}

	private long events() {
		return database.count("audit_event");
	}

	private String lastEvent() {
		return database.jdbc()
			.queryForObject(
					"select action || ' ' || outcome || ' ' || client_id from audit_event order by id desc limit 1",
					String.class);
	}

}
