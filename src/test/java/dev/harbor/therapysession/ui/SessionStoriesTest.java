package dev.harbor.therapysession.ui;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.ui.AssignDialogSteps;
import dev.harbor.homework.TestHomework;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.homework.PracticeLogService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Writing, signing and amending a session note, and its summary. */
class SessionStoriesTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Autowired
	TherapySessionService sessions;

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	@Autowired
	DiaryService diary;

	@Autowired
	CorrectiveExperienceService experiences;

	@Test
	void opening_a_session_shows_what_happened_since_the_previous_one() {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 3, 10, 0), 50));
		long breathing = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 4)));
		practiceLog.recordCompletion(breathing, TestHomework.practice(LocalDateTime.of(2026, 11, 5, 8, 0), 6, 3));
		DiaryEntryView entry = diary.recordEntry(noor, TestDiary.lateReply(LocalDateTime.of(2026, 11, 10, 21, 0)));
		diary.flag(entry.id(), entry.version(), true);

		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));
		_click(_get(Button.class, spec -> spec.withText("New session")));
		_click(_get(Button.class, spec -> spec.withText("Open the session")));

		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.contains("Paced breathing: 1 done of 14 planned", "1 diary entry",
					"Brought to this session: Nov 10, 2026, No reply to my message for three hours",
					"No corrective experiences");
	}

	@Test
	void what_is_gone_through_and_the_homework_given_while_a_session_is_open_are_recorded_as_part_of_it()
			throws IOException {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 3, 10, 0), 50));
		diary.recordEntry(noor, TestDiary.lateReply(LocalDateTime.of(2026, 11, 10, 21, 0)));
		experiences.recordExperience(noor,
				TestExperiences.askedForSupport(LocalDateTime.of(2026, 11, 12, 18, 0), 80, 30));

		signInAndOpen(maya, "clients/" + noor);
		openPart(noor, "sessions");
		_click(_get(Button.class, spec -> spec.withText("New session")));
		_click(_get(Button.class, spec -> spec.withText("Open the session")));
		assertThat(texts())
			.contains("Nothing marked reviewed yet. What you mark reviewed in the Diary, Experiences and "
					+ "Ladders parts while this session is open appears here.");

		openPart(noor, "diary");
		assertThat(inSessionBanner()).startsWith("The session of Nov 17, 2026, 10:00")
			.endsWith(" is open: what you mark reviewed here is recorded as gone through in it.");
		GridKt._clickItem(_get(Grid.class), 0);
		_click(_get(Button.class, spec -> spec.withText("Mark reviewed")));
		openPart(noor, "experiences");
		GridKt._clickItem(_get(Grid.class), 0);
		_click(_get(Button.class, spec -> spec.withText("Mark reviewed")));

		openPart(noor, "sessions");
		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.contains("Diary, Nov 10, 2026: No reply to my message for three hours",
					"Corrective experience, Nov 12, 2026: She will think I am too much");

		_click(_get(Button.class, spec -> spec.withText("Assign homework")));
		assertThat(texts()).contains("This homework will be recorded as agreed in this session.");
		AssignDialogSteps.chooseExercise("Paced breathing");
		_click(_get(Button.class, spec -> spec.withText("Assign")));
		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.contains("Paced breathing: every day, 3 minutes");

		long today = database.jdbc()
			.queryForObject("select id from therapy_session where starts_at > '2026-11-16'", Long.class);
		assertThat(database.jdbc().queryForList("select reviewed_in_session from diary_entry", Long.class))
			.containsExactly(today);
		assertThat(database.jdbc().queryForList("select reviewed_in_session from corrective_experience", Long.class))
			.containsExactly(today);
		assertThat(database.jdbc().queryForList("select assigned_in_session from homework_assignment", Long.class))
			.containsExactly(today);

		try (PDDocument pdf = Loader.loadPDF(DownloadKt
			._download(_get(Anchor.class, spec -> spec.withText("Download this session's summary (PDF)"))))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Gone through in this session",
					"Diary, Nov 10, 2026: No reply to my message for three hours",
					"Corrective experience, Nov 12, 2026: She will think I am too much", "(agreed in this session)");
		}

		_click(_get(Button.class, spec -> spec.withText("Close")));
		openPart(noor, "diary");
		assertThat(_find(Div.class, spec -> spec.withClasses("harbor-in-session"))).isEmpty();
	}

	private static void openPart(long clientId, String part) {
		UI.getCurrent().navigate("clients/" + clientId, QueryParameters.of("tab", part));
	}

	/** The line above a part of the client page while a session is open. */
	private static String inSessionBanner() {
		return ((Span) _get(Div.class, spec -> spec.withClasses("harbor-in-session")).getComponentAt(0)).getText();
	}

	private static List<String> texts() {
		return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
	}

	@Test
	void a_clinician_writes_and_signs_a_note_cannot_edit_it_adds_an_amendment_and_downloads_the_summary()
			throws IOException {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));

		_click(_get(Button.class, spec -> spec.withText("New session")));
		_click(_get(Button.class, spec -> spec.withText("Open the session")));
		_setValue(_get(TextArea.class, spec -> spec.withLabel("Focus")), "The evenings alone");
		_setValue(_get(TextArea.class, spec -> spec.withLabel("Plan")), "Keep the walk before texting");
		assertThat(database.jdbc().queryForObject("select focus from therapy_session", String.class))
			.isEqualTo("The evenings alone");

		_click(_get(Button.class, spec -> spec.withText("Sign the note")));
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
		assertThat(_get(TextArea.class, spec -> spec.withLabel("Focus")).isReadOnly()).isTrue();
		assertThat(_find(Button.class, spec -> spec.withText("Sign the note"))).isEmpty();

		_setValue(_get(TextArea.class, spec -> spec.withLabel("Add an amendment")), "She called: it helped.");
		_click(_get(Button.class, spec -> spec.withText("Add amendment")));
		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.anyMatch(text -> text.endsWith("Maya Okafor: She called: it helped."));

		byte[] summary = DownloadKt
			._download(_get(Anchor.class, spec -> spec.withText("Download this session's summary (PDF)")));
		try (PDDocument pdf = Loader.loadPDF(summary)) {
			assertThat(new PDFTextStripper().getText(pdf))
				.contains("Focus: The evenings alone", "Plan: Keep the walk before texting", "She called: it helped.")
				.doesNotContain("Strain or misunderstanding", "repaired");
		}
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where detail = 'exported summary' and client_id = ?",
					Long.class, noor))
			.isEqualTo(1);
	}

	@Test
	void a_strain_in_the_working_relationship_and_its_repair_are_noted_and_printed_in_the_summary() throws IOException {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));
		_click(_get(Button.class, spec -> spec.withText("New session")));
		_click(_get(Button.class, spec -> spec.withText("Open the session")));

		Details relationship = _find(Details.class).stream()
			.filter(details -> "Our working relationship today (optional)".equals(details.getSummaryText()))
			.findFirst()
			.orElseThrow();
		assertThat(relationship.isOpened()).as("folded away until used").isFalse();
		_setValue(_get(TextArea.class, spec -> spec.withLabel("Strain or misunderstanding between us")),
				"Felt rushed when I moved on to homework");
		_setValue(_get(TextArea.class, spec -> spec.withLabel("Whether and how it was repaired")),
				"We named it and slowed down; she said that helped");
		assertThat(database.jdbc()
			.queryForObject("select relationship_repair from therapy_session where client_id = ?", String.class, noor))
			.isEqualTo("We named it and slowed down; she said that helped");

		byte[] summary = DownloadKt
			._download(_get(Anchor.class, spec -> spec.withText("Download this session's summary (PDF)")));
		try (PDDocument pdf = Loader.loadPDF(summary)) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
					"Strain or misunderstanding between us: Felt rushed when I moved on to homework",
					"Whether and how it was repaired: We named it and slowed down; she said that helped");
		}
	}

	@Test
	void the_note_refuses_control_characters_and_text_over_its_limit_beside_the_part_and_never_differs_silently() {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));
		_click(_get(Button.class, spec -> spec.withText("New session")));
		_click(_get(Button.class, spec -> spec.withText("Open the session")));
		TextArea focus = _get(TextArea.class, spec -> spec.withLabel("Focus"));
		TextArea plan = _get(TextArea.class, spec -> spec.withLabel("Plan"));
		_setValue(focus, "The evenings alone");
		assertThat(focus.getHelperText()).isEqualTo("18 of 4,000 characters");

		_setValue(plan, "Walk first\u0000 then\u0007 text");
		assertThat(plan.isInvalid()).isTrue();
		assertThat(plan.getErrorMessage()).isEqualTo("This contains invisible control characters. Please retype it.");
		assertThat(texts()).contains("Not saved: what is on the screen differs from the stored draft until the part"
				+ " marked in red is changed.");
		assertThat(database.jdbc().queryForObject("select plan from therapy_session", String.class)).isNull();

		for (int length : new int[] { 5_000, 100_000 }) {
			_setValue(focus, "x".repeat(length));
			assertThat(focus.isInvalid()).isTrue();
			assertThat(focus.getErrorMessage()).isEqualTo("This part has " + String.format("%,d", length)
					+ " characters and fits 4,000. Please shorten it; nothing you typed is lost, but the draft is"
					+ " not saved until it fits.");
			assertThat(focus.getValue()).hasSize(length);
			assertThat(focus.getHelperText()).isEqualTo(String.format("%,d", length) + " of 4,000 characters");
			assertThat(database.jdbc().queryForObject("select focus from therapy_session", String.class))
				.isEqualTo("The evenings alone");
		}
		_setValue(focus, "x".repeat(4_000));
		_setValue(plan, " \t\n ");
		assertThat(List.of(focus, plan)).noneMatch(TextArea::isInvalid);
		assertThat(texts()).anyMatch(text -> text.startsWith("Draft saved"));
		assertThat(database.jdbc().queryForMap("select focus, plan from therapy_session"))
			.containsEntry("focus", "x".repeat(4_000))
			.containsEntry("plan", null);

		_click(_get(Button.class, spec -> spec.withText("Sign the note")));
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
		TextArea amendment = _get(TextArea.class, spec -> spec.withLabel("Add an amendment"));
		for (String typed : new String[] { " \t\n ", "Rang\u0007 back", "y".repeat(4_001) }) {
			_setValue(amendment, typed);
			_click(_get(Button.class, spec -> spec.withText("Add amendment")));
			assertThat(amendment.isInvalid()).isTrue();
			assertThat(amendment.getValue()).isEqualTo(typed);
		}
		assertThat(amendment.getErrorMessage()).startsWith("This part has 4,001 characters and fits 4,000.");
		assertThat(database.count("session_amendment")).isZero();
	}

}
