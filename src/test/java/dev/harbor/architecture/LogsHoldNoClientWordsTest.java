package dev.harbor.architecture;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.NewClient;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.i18n.Language;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.Learning;
import dev.harbor.correctiveexperience.NewExperience;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.TestHomework;
import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.keepingplan.PlanText;
import dev.harbor.keepingplan.PlanView;
import dev.harbor.reading.Reading;
import dev.harbor.reading.ReadingService;
import dev.harbor.report.HandoutRequest;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryRequest;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run of the services with a client's words everywhere (name, address, diary, an
 * experience, the plan, a portal entry, PDFs, refusals and bad input) leaves none of
 * those words in the application's log output, whatever else it logs.
 */
@HarborSpringTest
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoClientWordsTest {

	static final String NAME = "Zephyrine Quillfeather";

	static final String EMAIL = "zephyrine@example.org";

	static final List<String> CLIENT_WORDS = List.of("Zephyrine", "Quillfeather", EMAIL, "Marmalade", "Saffron",
			"Tangerine", "Periwinkle");

	@Autowired
	ClientService clients;

	@Autowired
	DiaryService diary;

	@Autowired
	MyDiaryService myDiary;

	@Autowired
	CorrectiveExperienceService experiences;

	@Autowired
	HomeworkService homework;

	@Autowired
	KeepingPlanService plans;

	@Autowired
	ReadingService readings;

	@Autowired
	ReportService reports;

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
	void a_client_s_words_never_reach_the_log(CapturedOutput output) {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		LoggerFactory.getLogger(getClass()).warn("log capture marker");
		HarborUser maya = TestAccounts.signIn(accounts.clinician("Maya Okafor"));
		long client = clients
			.addClient(new NewClient(NAME, null, EMAIL, null, LocalDate.of(2026, 9, 1), Language.DUTCH));
		homework.assignHomework(client, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 2)));
		diary.recordEntry(client, entry("Marmalade-coloured envelope under the door"));
		experiences.recordExperience(client,
				new NewExperience(LocalDateTime.of(2026, 11, 12, 18, 0), Setting.FRIEND, Risk.ASKED_FOR_SUPPORT,
						"Saffron will laugh", 80, "Saffron listened", 20, "Ask early", Set.of(Learning.TIMING), null,
						Set.of()));
		PlanView plan = plans.savePlan(client, PlanView.NOT_SAVED,
				new PlanText("Periwinkle walks", null, null, "Saffron, my sister", null));
		plans.share(client, plan.version(), true);
		readings.give(client, Reading.SETBACKS);
		plans.planPdf(client, Paper.A4);
		readings.readingPdf(client, Reading.SETBACKS, Paper.A4);
		reports.clientHandout(client, new HandoutRequest(2, Paper.A4));
		reports.clientSummary(client,
				new SummaryRequest(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20), Paper.A4, false),
				Locale.ENGLISH);
		assertThatThrownBy(
				() -> plans.savePlan(client, 99, new PlanText("Tangerine " + "x".repeat(2100), null, null, null, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(diary
			.importDiary(client, "Tangerine.csv",
					"happened_at,situation\nnot a time,Tangerine evening".getBytes(StandardCharsets.UTF_8))
			.succeeded()).isFalse();
		TestAccounts.signIn(accounts.client(client, NAME));
		myDiary.writeEntry(entry("Tangerine evening on the balcony"), true);
		TestAccounts.signIn(accounts.clinician("Tomas Reyes"));
		assertThatThrownBy(() -> plans.plan(client)).isInstanceOf(ClientNotFoundException.class);
		TestAccounts.signIn(maya);

		assertThat(output.getAll()).as("the capture sees the log").contains("log capture marker");
		for (String word : CLIENT_WORDS) {
			assertThat(output.getAll()).as("the log never holds \"%s\"", word).doesNotContain(word);
		}
	}

	private static NewDiaryEntry entry(String situation) {
		return new NewDiaryEntry(LocalDateTime.of(2026, 11, 14, 22, 0), null, situation, "Periwinkle thoughts",
				Map.of(Feeling.FEAR, 60), null, Set.of(), Set.of(), Set.of(), null, null, DiaryRelationship.PARTNER);
	}

}
