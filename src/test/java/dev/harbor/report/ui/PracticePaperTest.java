package dev.harbor.report.ui;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.report.Paper;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice in the United States prints on US Letter without choosing it each time (the
 * tests' practice is set to Letter in application-test.properties).
 */
class PracticePaperTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Autowired
	TherapySessionService sessions;

	@Test
	void the_practices_paper_is_offered_first_and_a_sessions_summary_prints_on_it() throws IOException {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 17, 10, 0), 50));
		signInAndOpen(maya, "clients/" + noor);

		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "summary"));
		@SuppressWarnings("unchecked")
		RadioButtonGroup<Paper> paper = _get(RadioButtonGroup.class, spec -> spec.withLabel("Paper"));
		assertThat(paper.getValue()).isEqualTo(Paper.LETTER);

		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));
		_click(_get(Button.class, spec -> spec.withText("Open")));
		byte[] summary = DownloadKt
			._download(_get(Anchor.class, spec -> spec.withText("Download this session's summary (PDF)")));
		try (PDDocument pdf = Loader.loadPDF(summary)) {
			assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
		}
	}

}
