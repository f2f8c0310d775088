package dev.harbor.schema;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.harbor.client.ClientService;
import dev.harbor.client.NewClient;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.StatementLog;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's "to review" counts can be read from the partial indexes of entries not
 * yet reviewed or flagged (PostgreSQL), so their cost follows that small share and the
 * caseload, not every entry the practice kept. With sequential scans ruled out, the plan
 * of the very statement the service sends must name the index: proof that the index's
 * condition matches the query's.
 */
@HarborSpringTest
class ToReviewIndexesTest {

	@Autowired
	ClientService clients;

	@Autowired
	DiaryService diary;

	@Autowired
	CorrectiveExperienceService experiences;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void the_to_review_counts_are_planned_on_the_partial_indexes() {
		database.clean();
		HarborUser maya = TestAccounts.signIn(accounts.clinician("Maya Okafor"));
		long noor = clients.addClient(NewClient.named("Noor Haddad", LocalDate.now(clock)));
		LocalDateTime yesterday = LocalDateTime.now(clock).minusDays(1);
		// As in a working practice: most of what was written has been reviewed, so the
		// partial indexes hold a small share and the planner knows it.
		List<Long> readEntries = new ArrayList<>();
		List<Long> readExperiences = new ArrayList<>();
		for (int day = 1; day <= 40; day++) {
			readEntries.add(diary.recordEntry(noor, TestDiary.lateReply(yesterday.minusDays(day))).id());
			readExperiences
				.add(experiences.recordExperience(noor, TestExperiences.repair(yesterday.minusDays(day), 70, 40)).id());
		}
		diary.markReviewed(noor, readEntries);
		experiences.markReviewed(noor, readExperiences);
		diary.recordEntry(noor, TestDiary.lateReply(yesterday));
		experiences.recordExperience(noor, TestExperiences.repair(yesterday, 70, 40));
		database.jdbc().execute("analyze diary_entry");
		database.jdbc().execute("analyze corrective_experience");

		StatementLog.start();
		diary.myDiaryToReview();
		experiences.myExperiencesToReview();
		List<String> sent = StatementLog.stop();

		assertThat(plan(toReview(sent, "diary_entry"), maya.accountId())).contains("diary_entry_to_review_ix");
		assertThat(plan(toReview(sent, "corrective_experience"), maya.accountId()))
			.contains("corrective_experience_to_review_ix");
	}

	private static String toReview(List<String> sent, String table) {
		return sent.stream()
			.filter(sql -> sql.contains("from " + table) && sql.contains("reviewed_at is null or"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No to-review statement on " + table + " in " + sent));
	}

	private String plan(String sql, long clinicianId) {
		return database.jdbc().execute((java.sql.Connection connection) -> {
			try (Statement settings = connection.createStatement()) {
				settings.execute("set enable_seqscan = off");
			}
			try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
				explain.setLong(1, clinicianId);
				List<String> lines = new ArrayList<>();
				try (ResultSet rows = explain.executeQuery()) {
					while (rows.next()) {
						lines.add(rows.getString(1));
					}
				}
				return String.join("\n", lines);
			}
			finally {
				try (Statement settings = connection.createStatement()) {
					settings.execute("reset enable_seqscan");
				}
			}
		});
	}

}
