package dev.harbor.demo;

import java.time.Clock;

import dev.harbor.client.ClientService;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.diary.DiaryService;
import dev.harbor.homework.HomeworkService;
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
	Clock clock;

	@Autowired
	TestDatabase database;

	@Autowired
	ObjectProvider<SecurityContextHolderStrategy> contexts;

	DemoDataSeeder seeder;

	@BeforeEach
	void emptyDatabase() {
		database.clean();
		seeder = new DemoDataSeeder(accounts, clients, homework, practiceLog, diary, experiences, clock, contexts);
	}

	@Test
	void an_empty_database_gets_an_admin_two_clinicians_and_their_clients() {
		seeder.seedOnce();

		assertThat(database.jdbc().queryForList("select email from user_account order by email", String.class))
			.containsExactly("admin@harbor.example", "maya.okafor@harbor.example", "tomas.reyes@harbor.example");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from client c join user_account a on a.id = c.clinician_id"
					+ " where a.email = 'maya.okafor@harbor.example' and c.status = 'ACTIVE'", Long.class))
			.isEqualTo(DemoPractice.MAYAS_CLIENTS.size());
		assertThat(database.count("client"))
			.isEqualTo(DemoPractice.MAYAS_CLIENTS.size() + DemoPractice.TOMAS_CLIENTS.size());
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

		assertThat(database.count("diary_entry")).isEqualTo(7);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from diary_entry where reviewed_at is null", Long.class)).isEqualTo(3);
		assertThat(database.jdbc().queryForObject("select count(*) from diary_entry where flagged", Long.class))
			.isEqualTo(1);
		assertThat(database.count("corrective_experience")).isEqualTo(3);
	}

	@Test
	void it_runs_once_and_leaves_nobody_signed_in() {
		seeder.seedOnce();
		seeder.seedOnce();

		assertThat(database.count("user_account")).isEqualTo(3);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void the_sign_in_page_lists_exactly_the_demo_accounts() {
		assertThat(seeder.accounts()).hasSize(3);
		assertThat(seeder.password()).isEqualTo(DemoPractice.PASSWORD);
	}

}
