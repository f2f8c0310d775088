package dev.harbor.therapysession.ui;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.TestHomework;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.KaribuTest;
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
	ReportService reports;

	@Autowired
	TherapySessionService sessions;

	@Autowired
	HomeworkService homework;

	@Autowired
	DiaryService diary;

	@Test
	void opening_a_session_shows_what_happened_since_the_previous_one() {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 3, 10, 0), 50));
		long breathing = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 4)),
				Locale.ENGLISH);
		homework.recordCompletion(breathing, TestHomework.practice(LocalDateTime.of(2026, 11, 5, 8, 0), 6, 3),
				LocalDate.of(2026, 11, 5));
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

		long session = database.jdbc().queryForObject("select id from therapy_session", Long.class);
		SummaryFile file = reports.sessionSummary(session, Paper.A4, false, Locale.ENGLISH);
		try (PDDocument pdf = Loader.loadPDF(file.content())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Focus: The evenings alone",
					"Plan: Keep the walk before texting", "She called: it helped.");
		}
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where detail = 'exported summary' and client_id = ?",
					Long.class, noor))
			.isEqualTo(1);
	}

}
