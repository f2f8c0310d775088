package dev.harbor.keepingplan;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import dev.harbor.client.ClientService;
import dev.harbor.client.NewClient;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.i18n.Language;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;
import dev.harbor.homework.TestHomework;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.TestLadders;
import dev.harbor.report.Paper;
import dev.harbor.report.SummaryFile;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HarborSpringTest
class KeepingPlanServiceTest {

	static final LocalDate START = LocalDate.of(2026, 11, 2);

	@Autowired
	KeepingPlanService plans;

	@Autowired
	MyKeepingPlanService mine;

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	@Autowired
	CorrectiveExperienceService experiences;

	@Autowired
	LadderService ladders;

	@Autowired
	DiaryService diary;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoorWhoReadsDutch() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		TestAccounts.signIn(maya);
		noor = clients
			.addClient(new NewClient("Noor Haddad", null, null, null, LocalDate.of(2026, 9, 1), Language.DUTCH));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_first_draft_comes_from_the_record_in_the_clients_language_with_what_helped_most_first() {
		long breathing = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(START));
		for (int day = 0; day < 3; day++) {
			practiceLog.recordCompletion(breathing, TestHomework.practice(START.plusDays(day).atTime(21, 0), 7, 3));
		}
		long grounding = homework.assignHomework(noor, new NewAssignment(new TemplateRef.BuiltIn("five_senses"), START,
				null, new Rhythm.WhenTriggered(), 2, null, null));
		practiceLog.recordCompletion(grounding,
				new NewCompletion(START.atTime(20, 0), 2, 5, 5, List.of("The birds outside"), null));
		experiences.recordExperience(noor,
				TestExperiences.askedForSupport(LocalDateTime.of(2026, 11, 12, 18, 0), 80, 30));
		TestLadders.timeApart(ladders, noor);
		diary.recordEntry(noor, TestDiary.lateReply(LocalDateTime.of(2026, 11, 14, 22, 0)));

		PlanText draft = plans.draftFromRecord(noor);

		assertThat(draft.helpedMost()).containsSubsequence(
				"Rustig ademhalen in een vast ritme: 3 keer geoefend; gemiddeld spanning 7 vooraf en 3 achteraf",
				"Terug in het nu met vijf zintuigen: één keer geoefend",
				"Wat je leerde: \"Asking early, in plain words, works better\"",
				"An evening with friends without checking my phone: nu bij stap 1");
		assertThat(draft.earlySigns()).contains("Zocht geruststelling", "Gedachtelezen");
		assertThat(draft.whatToDo()).startsWith("Ga terug naar Rustig ademhalen in een vast ritme");
		assertThat(draft.whoToTurnTo()).as("left for the client and clinician to write").isNull();
		assertThat(database.count("keeping_plan")).as("a draft is not saved").isZero();
	}

	@Test
	void an_empty_record_drafts_nothing() {
		assertThat(plans.draftFromRecord(noor).isEmpty()).isTrue();
	}

	@Test
	void the_plan_keeps_every_word_as_written_and_a_stale_version_changes_nothing() {
		String words = "Ademen 🌿 \u0645\u0631\u062d\u0628\u0627 <script>alert(1)</script> '; drop table client; --";
		PlanView first = plans.savePlan(noor, PlanView.NOT_SAVED, new PlanText(words, null, null, "Mijn zus", null));

		assertThat(plans.plan(noor).text().helpedMost()).isEqualTo(words);
		PlanView second = plans.savePlan(noor, first.version(), new PlanText(words, "Slecht slapen", null, null, null));
		assertThatThrownBy(
				() -> plans.savePlan(noor, first.version(), new PlanText("Overwritten", null, null, null, null)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(
				() -> plans.savePlan(noor, PlanView.NOT_SAVED, new PlanText("A second first", null, null, null, null)))
			.isInstanceOf(ConcurrentEditException.class);

		assertThat(plans.plan(noor).text()).isEqualTo(second.text());
		assertThat(database.count("keeping_plan")).isOne();
	}

	@Test
	void a_part_too_long_or_with_control_characters_is_refused_by_name_and_nothing_is_saved() {
		assertThatThrownBy(() -> plans.savePlan(noor, PlanView.NOT_SAVED,
				new PlanText(null, null, null, null, "x".repeat(PlanText.PART_MAX + 1))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refusal -> assertThat(refusal.field()).isEqualTo("whenToComeBack"));
		assertThatThrownBy(
				() -> plans.savePlan(noor, PlanView.NOT_SAVED, new PlanText(null, "Bel\u0000 mij", null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refusal -> assertThat(refusal.field()).isEqualTo("earlySigns"));

		assertThat(database.count("keeping_plan")).isZero();
	}

	@Test
	void the_portal_shows_the_plan_only_once_it_is_shared_and_never_before_it_is_saved() {
		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");
		assertThatThrownBy(() -> plans.share(noor, PlanView.NOT_SAVED, true)).isInstanceOf(InvalidInputException.class);
		PlanView saved = plans.savePlan(noor, PlanView.NOT_SAVED, new PlanText("Ademen", null, null, "Mijn zus", null));
		TestAccounts.signIn(noorInPortal);
		assertThat(mine.myPlan()).isEmpty();

		TestAccounts.signIn(maya);
		plans.share(noor, saved.version(), true);
		TestAccounts.signIn(noorInPortal);

		assertThat(mine.myPlan()).map(plan -> plan.text().whoToTurnTo()).contains("Mijn zus");
	}

	@Test
	void the_plan_prints_in_the_clients_language_with_room_to_write_and_setbacks_expected() throws IOException {
		plans.savePlan(noor, PlanView.NOT_SAVED, new PlanText("Rustig ademen\nEen wandeling",
				"Weer op mijn telefoon kijken", null, "Mijn zus 🌿", null));

		SummaryFile file = plans.planPdf(noor, Paper.A4);

		String text = text(file.content()).replaceAll("\\s+", " ");
		assertThat(text).containsSubsequence("Vasthouden wat je hebt opgebouwd", "Voor Noor Haddad",
				"Wat het meest hielp", "Rustig ademen", "Een wandeling", "Eerste tekenen dat oude patronen terugkomen",
				"Wat je dan kunt doen", "Bij wie je terechtkunt", "Mijn zus", "Wanneer je terugkomt",
				"Een zware week hoort bij de weg", "Pagina 1 van 1");
		assertThat(file.fileName()).doesNotContain("Noor");
		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where action = 'EXPORT' and subject_type = 'KEEPING_PLAN'",
					Long.class))
			.isOne();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
