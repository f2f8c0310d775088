package dev.harbor.therapysession.ui;

import java.io.IOException;
import java.time.Instant;
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
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;
import dev.harbor.security.HarborUser;
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
