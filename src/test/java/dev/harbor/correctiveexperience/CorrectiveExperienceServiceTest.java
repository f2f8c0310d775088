package dev.harbor.correctiveexperience;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import dev.harbor.client.ClientService;
import dev.harbor.client.ClientToReview;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.client.TestClients;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static dev.harbor.correctiveexperience.TestExperiences.askedForSupport;
import static dev.harbor.correctiveexperience.TestExperiences.repair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Logging, reviewing and reading back corrective experiences. */
@HarborSpringTest
class CorrectiveExperienceServiceTest {

	static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 2, 10, 0);

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

	@Autowired
	TherapySessionService sessions;

	HarborUser maya;

	long noor;

	@BeforeEach
	void aClinicianWithAClient() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void an_experience_keeps_every_field_including_the_repair_steps() {
		experiences.recordExperience(noor, repair(MORNING, 90, 30));

		ExperienceView read = experiences.experiences(noor, ExperienceFilter.ALL, PageRequest.of(0, 10))
			.getContent()
			.getFirst();
		assertThat(read.experience()).isEqualTo(repair(MORNING, 90, 30));
		assertThat(read.drop()).isEqualTo(60);
		assertThat(read.enteredByName()).isEqualTo("Maya Okafor");
	}

	@Test
	void patterns_show_the_belief_before_and_after_per_experience_and_the_average_drop() {
		experiences.recordExperience(noor, askedForSupport(MORNING, 80, 40));
		experiences.recordExperience(noor, repair(MORNING.plusDays(3), 90, 30));
		experiences.recordExperience(noor, askedForSupport(MORNING.minusDays(40), 50, 50));

		ExperiencePatterns patterns = experiences.patterns(noor, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

		assertThat(patterns.changes()).extracting(BeliefChange::before, BeliefChange::after)
			.containsExactly(tuple(80, 40), tuple(90, 30));
		assertThat(patterns.averageDrop()).isEqualTo(50.0);
		assertThat(experiences.patterns(noor, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)).averageDrop())
			.isNull();
	}

	@Test
	void reviewing_flagging_and_commenting_and_a_stale_copy_is_refused() {
		ExperienceView first = experiences.recordExperience(noor, askedForSupport(MORNING, 80, 40));
		ExperienceView second = experiences.recordExperience(noor, repair(MORNING.plusDays(1), 90, 30));
		assertThat(experiences.myExperiencesToReview())
			.extracting(ClientToReview::clientName, ClientToReview::unreviewed)
			.containsExactly(tuple("Noor Haddad", 2));

		experiences.markReviewed(noor, List.of(first.id(), second.id()));
		ExperienceView flagged = experiences.flag(second.id(), second.version() + 1, true);
		experiences.comment(flagged.id(), flagged.version(), "Try the same wording with his mother");

		assertThat(experiences.myExperiencesToReview()).extracting(ClientToReview::unreviewed, ClientToReview::flagged)
			.containsExactly(tuple(0, 1));
		assertThatThrownBy(() -> experiences.flag(second.id(), second.version(), false))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void the_log_narrows_by_dates_risk_review_state_and_flag() {
		ExperienceView support = experiences.recordExperience(noor, askedForSupport(MORNING, 80, 40));
		ExperienceView repaired = experiences.recordExperience(noor, repair(MORNING.plusDays(3), 90, 30));
		experiences.markReviewed(noor, List.of(support.id()));
		experiences.flag(repaired.id(), repaired.version(), true);

		assertThat(ids(ExperienceFilter.ALL)).containsExactly(repaired.id(), support.id());
		assertThat(ids(new ExperienceFilter(MORNING.toLocalDate().plusDays(1), null, null, null, false)))
			.containsExactly(repaired.id());
		assertThat(ids(new ExperienceFilter(null, MORNING.toLocalDate(), null, null, false)))
			.containsExactly(support.id());
		assertThat(ids(new ExperienceFilter(null, null, Risk.REPAIRED, null, false))).containsExactly(repaired.id());
		assertThat(ids(new ExperienceFilter(null, null, null, true, false))).containsExactly(support.id());
		assertThat(ids(new ExperienceFilter(null, null, null, false, false))).containsExactly(repaired.id());
		assertThat(ids(new ExperienceFilter(null, null, null, null, true))).containsExactly(repaired.id());
	}

	private List<Long> ids(ExperienceFilter filter) {
		return experiences.experiences(noor, filter, PageRequest.of(0, 10)).map(ExperienceView::id).getContent();
	}

	@Test
	void bad_input_is_refused_with_the_field_named_and_nothing_is_saved() {
		assertRefused(askedForSupport(MORNING, 101, 40), "beliefBefore");
		assertRefused(askedForSupport(MORNING, 80, -1), "beliefAfter");
		assertRefused(askedForSupport(LocalDateTime.of(2030, 1, 1, 0, 0), 80, 40), "happenedAt");
		assertRefused(new NewExperience(MORNING, Setting.WORK, Risk.SET_BOUNDARY, " ", 50, "ok", 20, null, Set.of(),
				null, Set.of()), "feared");
		assertRefused(new NewExperience(MORNING, Setting.WORK, null, "x", 50, "ok", 20, null, Set.of(), null, Set.of()),
				"risk");
		assertRefused(new NewExperience(MORNING, Setting.WORK, Risk.SET_BOUNDARY, "x", 50, "y".repeat(2001), 20, null,
				Set.of(), null, Set.of()), "whatHappened");
		assertThat(database.count("corrective_experience")).isZero();
	}

	@Test
	void experiences_reviewed_while_a_session_is_open_are_linked_to_it_and_listed_with_it() {
		ExperienceView support = experiences.recordExperience(noor, askedForSupport(MORNING, 80, 40));
		ExperienceView repair = experiences.recordExperience(noor, TestExperiences.repair(MORNING.plusDays(1), 90, 20));
		long session = sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 20, 10, 0), 50)).id();

		assertThat(experiences.markReviewedInSession(noor, session, List.of(repair.id())))
			.extracting(ExperienceView::reviewed, ExperienceView::reviewedInSession)
			.containsExactly(tuple(true, session));

		assertThat(experiences.reviewedInSession(noor, session)).extracting(ExperienceView::id)
			.containsExactly(repair.id());
		assertThat(experiences.experiences(noor, ExperienceFilter.ALL, PageRequest.of(0, 10)))
			.filteredOn(view -> view.id() == support.id())
			.extracting(ExperienceView::reviewed)
			.containsExactly(false);
		assertThat(database.jdbc()
			.queryForList(
					"select action || ' ' || detail from audit_event where client_id = ? "
							+ "and subject_type = 'CORRECTIVE_EXPERIENCE' and action <> 'CREATE' order by id",
					String.class, noor))
			.containsExactly("CHANGE reviewed 1 in session " + session, "VIEW viewed experiences reviewed in session",
					"VIEW viewed corrective experiences");
	}

	@Test
	void every_read_and_change_leaves_an_audit_event_naming_the_client() {
		ExperienceView saved = experiences.recordExperience(noor, askedForSupport(MORNING, 80, 40));
		experiences.experiences(noor, ExperienceFilter.ALL, PageRequest.of(0, 10));
		ExperienceView commented = experiences.comment(saved.id(), saved.version(), "Lovely");
		experiences.flag(commented.id(), commented.version(), true);
		experiences.markReviewed(noor, List.of(saved.id()));
		experiences.patterns(noor, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

		assertThat(database.jdbc().queryForList("""
				select action || ' ' || detail from audit_event
				where client_id = ? and subject_type = 'CORRECTIVE_EXPERIENCE' order by id""", String.class, noor))
			.containsExactly("CREATE experience added", "VIEW viewed corrective experiences", "CHANGE commented",
					"CHANGE flagged", "CHANGE reviewed 1", "VIEW viewed experience patterns");
	}

	private void assertRefused(NewExperience experience, String field) {
		assertThatThrownBy(() -> experiences.recordExperience(noor, experience))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo(field);
	}

}
