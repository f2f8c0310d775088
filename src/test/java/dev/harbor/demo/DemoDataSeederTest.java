package dev.harbor.demo;

import java.time.Clock;
import java.util.Map;

import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.portal.PortalAccessService;
import dev.harbor.homework.HomeworkService;
import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.ladder.LadderService;
import dev.harbor.reading.ReadingService;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.MyLadderService;
import dev.harbor.security.DemoAccounts;
import dev.harbor.security.InvitationRedemption;
import dev.harbor.security.HarborUser;
import dev.harbor.security.InvitationState;
import dev.harbor.security.Role;
import dev.harbor.security.TestAccounts;
import dev.harbor.security.UserAccountService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.TestDatabase;
import dev.harbor.homework.PracticeLogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

@HarborSpringTest
class DemoDataSeederTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	@Autowired
	DiaryService diary;

	@Autowired
	CorrectiveExperienceService experiences;

	@Autowired
	PortalAccessService portal;

	@Autowired
	InvitationRedemption redemption;

	@Autowired
	UserDetailsService people;

	@Autowired
	MyDiaryService myDiary;

	@Autowired
	MyPracticeService myPractice;

	@Autowired
	LadderService ladders;

	@Autowired
	KeepingPlanService plans;

	@Autowired
	ReadingService readings;

	@Autowired
	MyLadderService myLadders;

	@Autowired
	Clock clock;

	@Autowired
	TestDatabase database;

	@Autowired
	ObjectProvider<SecurityContextHolderStrategy> contexts;

	DemoDataSeeder seeder;

	@BeforeEach
	void emptyDatabase() {
		database.clean();
		seeder = new DemoDataSeeder(accounts, clients, homework, practiceLog, diary, experiences, ladders, plans,
				readings, new DemoPortal(clients, portal, redemption, people, myDiary, myPractice, myLadders), clock,
				contexts);
	}

	@Test
	void an_empty_database_gets_an_admin_two_clinicians_and_their_clients() {
		seeder.seedOnce();

		assertThat(database.jdbc().queryForList("select email from user_account order by email", String.class))
			.containsExactly("admin@harbor.example", "juniper.hale@harbor.example", "maya.okafor@harbor.example",
					"tomas.reyes@harbor.example");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from client c join user_account a on a.id = c.clinician_id"
					+ " where a.email = 'maya.okafor@harbor.example' and c.status = 'ACTIVE'", Long.class))
			.isEqualTo(DemoPractice.MAYAS_CLIENTS.size());
		assertThat(database.count("client"))
			.isEqualTo(DemoPractice.MAYAS_CLIENTS.size() + DemoPractice.TOMAS_CLIENTS.size());
	}

	@Test
	void juniper_has_a_ladder_with_her_own_scale_tries_from_both_sides_and_the_next_step_on_offer() {
		seeder.seedOnce();

		assertThat(database.jdbc()
			.queryForList("select entered_by_kind from ladder_attempt order by happened_at", String.class))
			.containsExactly("CLINICIAN", "CLINICIAN", "CLIENT");
		assertThat(database.jdbc().queryForObject("select anchor_calm from ladder", String.class))
			.isEqualTo("Sunday morning with coffee and nothing planned");
		long ladder = database.jdbc().queryForObject("select id from ladder", Long.class);
		long maya = database.jdbc()
			.queryForObject("select id from user_account where email = 'maya.okafor@harbor.example'", Long.class);
		TestAccounts.signIn(HarborUser.of(maya, "maya.okafor@harbor.example", "Maya Okafor", Role.CLINICIAN));
		try {
			LadderView seen = ladders.ladder(ladder);
			assertThat(seen.readyStepId()).isEqualTo(seen.currentStepId());
		}
		finally {
			TestAccounts.signOut();
		}
	}

	@Test
	void the_demo_data_goes_through_the_services_so_it_is_audited() {
		seeder.seedOnce();

		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'CREATE' and subject_type = 'CLIENT'",
					Long.class))
			.isEqualTo(database.count("client"));
	}

	@Test
	void maya_gets_homework_in_three_shapes_practised_well_fewer_than_planned_and_gone_quiet() {
		seeder.seedOnce();

		assertThat(database.jdbc().queryForList("select name from homework_assignment order by id", String.class))
			.containsExactly("Paced breathing", "Reassurance-urge log", "\"I\"-statement practice",
					"Safe-place visualisation");
		assertThat(database.count("completion")).isGreaterThan(30);
		assertThat(database.count("missed_practice")).isEqualTo(1);
	}

	@Test
	void juniper_has_a_diary_to_review_with_one_entry_flagged_and_three_corrective_experiences() {
		seeder.seedOnce();

		assertThat(database.count("diary_entry")).isEqualTo(8);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from diary_entry where reviewed_at is null", Long.class)).isEqualTo(4);
		assertThat(database.jdbc().queryForObject("select count(*) from diary_entry where flagged", Long.class))
			.isEqualTo(1);
		assertThat(database.count("corrective_experience")).isEqualTo(3);
	}

	@Test
	void it_runs_once_and_leaves_nobody_signed_in() {
		seeder.seedOnce();
		seeder.seedOnce();

		assertThat(database.count("user_account")).isEqualTo(4);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void juniper_has_two_readings_and_a_shared_plan_drafted_from_her_record_and_elif_reads_dutch() {
		seeder.seedOnce();

		assertThat(database.jdbc().queryForList("select reading from given_reading order by reading", String.class))
			.containsExactly("SMALL_AND_OFTEN", "TWO_DIALS");
		assertThat(database.jdbc().queryForObject("select shared from keeping_plan", Boolean.class)).isTrue();
		assertThat(database.jdbc().queryForObject("select helped_most from keeping_plan", String.class))
			.contains("Paced breathing", "practised");
		assertThat(database.jdbc()
			.queryForMap("select (select language from client where display_name = 'Elif Demir') as elif,"
					+ " (select language from client where display_name = 'Juniper Hale') as juniper"))
			.containsEntry("elif", "nl")
			.containsEntry("juniper", "en");
	}

	@Test
	void juniper_has_joined_the_portal_and_wrote_an_entry_and_a_practice_herself() {
		seeder.seedOnce();

		assertThat(database.jdbc()
			.queryForObject("select count(*) from user_account a join client c on c.id = a.client_id"
					+ " where a.role = 'CLIENT' and a.email = 'juniper.hale@harbor.example'"
					+ " and c.display_name = 'Juniper Hale' and a.enabled", Long.class))
			.isEqualTo(1);
		assertThat(database.jdbc()
			.queryForList("select entered_by_kind from diary_entry where reviewed_at is null order by happened_at",
					String.class))
			.containsExactly("CLINICIAN", "CLINICIAN", "CLINICIAN", "CLIENT");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from completion where entered_by_kind = 'CLIENT'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void each_start_offers_rowan_a_fresh_invitation_and_voids_the_one_before() {
		seeder.seedOnce();
		seeder.inviteForTheSignInPage();
		String first = token(seeder.openInvitation().orElseThrow().path());

		seeder.inviteForTheSignInPage();
		DemoAccounts.OpenInvitation second = seeder.openInvitation().orElseThrow();

		assertThat(second.email()).isEqualTo("rowan.ashby@harbor.example");
		assertThat(second.path()).startsWith(InvitationRedemption.ROUTE + "/");
		assertThat(redemption.open(token(second.path())).state()).isEqualTo(InvitationState.OPEN);
		assertThat(redemption.open(first).state()).isNotEqualTo(InvitationState.OPEN);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void once_rowan_has_joined_the_sign_in_page_offers_no_invitation() {
		seeder.seedOnce();
		seeder.inviteForTheSignInPage();
		String token = token(seeder.openInvitation().orElseThrow().path());
		assertThat(redemption.redeem(token, "rowan.ashby@harbor.example", "a-password-of-my-own").worked()).isTrue();
		SecurityContextHolder.clearContext();

		seeder.inviteForTheSignInPage();

		assertThat(seeder.openInvitation()).isEmpty();
	}

	@Test
	void a_demo_practice_someone_changed_still_starts_without_the_link() {
		seeder.seedOnce();
		long maya = database.jdbc()
			.queryForObject("select id from user_account where email = 'maya.okafor@harbor.example'", Long.class);
		Map<String, Object> rowan = database.jdbc()
			.queryForMap("select id, version from client where display_name = 'Rowan Ashby'");
		TestAccounts.signIn(HarborUser.of(maya, "maya.okafor@harbor.example", "Maya Okafor", Role.CLINICIAN));
		clients.changeStatus(((Number) rowan.get("id")).longValue(), ((Number) rowan.get("version")).longValue(),
				ClientStatus.DISCHARGED);
		TestAccounts.signOut();

		seeder.inviteForTheSignInPage();

		assertThat(seeder.openInvitation()).isEmpty();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	private static String token(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Test
	void the_sign_in_page_lists_exactly_the_demo_accounts() {
		assertThat(seeder.accounts()).hasSize(4);
		assertThat(seeder.password()).isEqualTo(DemoPractice.PASSWORD);
	}

}
