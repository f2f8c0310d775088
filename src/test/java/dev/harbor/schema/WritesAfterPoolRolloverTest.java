package dev.harbor.schema;

import java.time.Clock;

import javax.sql.DataSource;

import dev.harbor.client.ClientService;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.diary.DiaryService;
import dev.harbor.homework.HomeworkService;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.PoolRollover;
import dev.harbor.testsupport.TestDatabase;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.homework.PracticeLogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same as {@link WritesAfterPoolRolloverOnH2Test} on PostgreSQL, the production
 * database: every kind of record saves on connections the pool opened after the ones it
 * retired.
 */
@HarborSpringTest
class WritesAfterPoolRolloverTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	TestDatabase database;

	@Autowired
	TestAccounts accounts;

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
	TherapySessionService sessions;

	@Autowired
	Clock clock;

	@BeforeEach
	void emptyDatabase() {
		database.clean();
	}

	@Test
	void every_kind_of_record_saves_on_connections_opened_after_the_pool_retired_the_old_ones() throws Exception {
		PoolRollover.retireEveryConnection(dataSource);
		new OneOfEverything(clients, homework, practiceLog, diary, experiences, sessions, clock)
			.writeAs(accounts.clinician("Maya"));

		OneOfEverything.assertEveryTableHasARow(database.jdbc());
	}

}
