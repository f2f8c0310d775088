package dev.harbor.report;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.InvalidInputException;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.Need;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;
import dev.harbor.homework.TestHomework;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import dev.harbor.homework.PracticeLogService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A client's summary PDF: what it holds, whose data, how it is named and audited. */
@HarborSpringTest
class ReportServiceTest {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

	static final SummaryRequest NOVEMBER = new SummaryRequest(MONDAY.minusDays(1), MONDAY.plusDays(18), Paper.A4,
			false);

	@Autowired
	ReportService reports;

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
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	long noor;

	long rowan;

	@BeforeEach
	void twoClientsWithTheirOwnWords() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(maya);
		long breathing = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(MONDAY));
		practiceLog.recordCompletion(breathing, TestHomework.practice(MONDAY.atTime(8, 0), 6, 3));
		DiaryEntryView noorsEntry = diary.recordEntry(noor, TestDiary.entry(LocalDateTime.of(2026, 11, 4, 20, 0),
				"Lighthouse moment", Map.of(Feeling.FEAR, 70), Set.of(Need.SECURITY), DiaryRelationship.PARTNER));
		diary.flag(noorsEntry.id(), noorsEntry.version(), true);
		experiences.recordExperience(noor,
				TestExperiences.askedForSupport(LocalDateTime.of(2026, 11, 6, 18, 0), 80, 30));
		DiaryEntryView rowansEntry = diary.recordEntry(rowan, TestDiary.entry(LocalDateTime.of(2026, 11, 4, 21, 0),
				"Zeppelin evening", Map.of(Feeling.ANGER, 50), Set.of(Need.AUTONOMY), DiaryRelationship.FRIEND));
		diary.flag(rowansEntry.id(), rowansEntry.version(), true);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_summary_holds_the_clients_homework_diary_and_experiences_and_is_named_by_code_and_date() throws IOException {
		SummaryFile file = reports.clientSummary(noor, NOVEMBER, Locale.ENGLISH);

		String text = text(file.content());
		assertThat(new String(file.content(), 0, 5)).isEqualTo("%PDF-");
		assertThat(text).contains("Noor Haddad", "Paced breathing", "Lighthouse moment", "Fear (1)", "Feeling safe (1)",
				"Asked for support", "80 %", "30 %", "Page 1 of");
		assertThat(text.replaceAll("\\s+", " ")).contains("What they feared would happen: She will think I am too much",
				"What actually happened: She called back within the hour and thanked me for telling her");
		String code = clients.openClient(noor).referenceCode();
		assertThat(file.fileName()).isEqualTo("summary-" + code + "-2026-11-20.pdf").doesNotContain("Noor");
	}

	@Test
	void the_summary_says_in_words_what_was_done_with_no_percentage_for_a_when_needed_exercise() throws IOException {
		long grounding = homework.assignHomework(noor, new NewAssignment(new TemplateRef.BuiltIn("five_senses"), MONDAY,
				null, new Rhythm.WhenTriggered(), 2, null, null));
		// Five-senses grounding asks one question afterwards: what was noticed.
		practiceLog.recordCompletion(grounding,
				new NewCompletion(MONDAY.atTime(21, 0), 2, 7, 4, List.of("The birds outside"), null));
		practiceLog.recordCompletion(grounding,
				new NewCompletion(MONDAY.plusDays(2).atTime(21, 0), 2, 6, 4, List.of("Warm tea"), null));

		String text = text(reports.clientSummary(noor, NOVEMBER, Locale.ENGLISH).content()).replaceAll("\\s+", " ");

		assertThat(text).contains("What was done", "2 times, when needed", "Once of the")
			.doesNotContain("Done as planned", "Adherence", "Planned 0");
	}

	@Test
	void a_summary_never_contains_another_clients_words() throws IOException {
		String noorsText = text(reports.clientSummary(noor, NOVEMBER, Locale.ENGLISH).content());
		String rowansText = text(reports.clientSummary(rowan, NOVEMBER, Locale.ENGLISH).content());

		assertThat(noorsText).contains("Lighthouse").doesNotContain("Zeppelin").doesNotContain("Rowan");
		assertThat(rowansText).contains("Zeppelin").doesNotContain("Lighthouse").doesNotContain("Noor");
	}

	@Test
	void by_choice_the_summary_shows_only_the_reference_code() throws IOException {
		String text = text(reports
			.clientSummary(noor, new SummaryRequest(NOVEMBER.from(), NOVEMBER.to(), Paper.LETTER, true), Locale.ENGLISH)
			.content());

		assertThat(text).doesNotContain("Noor").contains(clients.openClient(noor).referenceCode());
	}

	@Test
	void the_export_is_audited_and_refused_for_another_clinician_or_a_bad_period() {
		reports.clientSummary(noor, NOVEMBER, Locale.ENGLISH);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'EXPORT' and client_id = ?"
					+ " and detail = 'exported summary'", Long.class, noor))
			.isEqualTo(1);

		assertThatThrownBy(() -> reports.clientSummary(noor,
				new SummaryRequest(MONDAY, MONDAY.minusDays(1), Paper.A4, false), Locale.ENGLISH))
			.isInstanceOf(InvalidInputException.class);
		TestAccounts.signIn(accounts.clinician("Tomas Reyes"));
		assertThatThrownBy(() -> reports.clientSummary(noor, NOVEMBER, Locale.ENGLISH))
			.isInstanceOf(ClientNotFoundException.class);
	}

	@Test
	void the_handout_holds_the_active_homework_in_the_clients_words_and_is_audited() throws IOException {
		SummaryFile file = reports.clientHandout(noor, new HandoutRequest(2, Paper.A4));

		assertThat(text(file.content())).contains("Your practice between sessions", "Paced breathing",
				"Breathe in through your nose while counting to 4.", "Try it after breakfast.", "Your log");
		assertThat(file.fileName()).startsWith("handout-HB-").doesNotContain("Noor");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'EXPORT' and detail = 'exported handout'",
					Long.class))
			.isEqualTo(1);
		assertThatThrownBy(() -> reports.clientHandout(noor, new HandoutRequest(9, Paper.A4)))
			.isInstanceOf(InvalidInputException.class);
		TestAccounts.signIn(accounts.clinician("Tomas Reyes"));
		assertThatThrownBy(() -> reports.clientHandout(noor, new HandoutRequest(2, Paper.A4)))
			.isInstanceOf(ClientNotFoundException.class);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
