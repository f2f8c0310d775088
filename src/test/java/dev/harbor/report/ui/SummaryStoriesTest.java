package dev.harbor.report.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.TestHomework;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.common.ui.WholeNumberField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Downloading a client's summary, handout and whole record from the client page. */
class SummaryStoriesTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Test
	void a_clinician_downloads_the_summary_and_the_handout_and_each_download_is_audited() throws IOException {
		long noor = mayaOpensPrintAndExportForNoorWithHomework();

		byte[] summary = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Download the summary (PDF)")));
		assertThat(text(summary)).contains("Session summary", "Noor Haddad", "Paced breathing");
		byte[] handout = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Download the handout (PDF)")));
		assertThat(text(handout)).contains("Your practice between sessions", "Paced breathing");

		assertThat(database.jdbc()
			.queryForList("select detail from audit_event where action = 'EXPORT' and client_id = ? order by id",
					String.class, noor))
			.containsExactly("exported summary", "exported handout");
	}

	@Test
	void a_clinician_downloads_the_whole_record_for_a_client_who_asked_for_it() throws IOException {
		long noor = mayaOpensPrintAndExportForNoorWithHomework();

		byte[] zip = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Download the whole record (ZIP)")));

		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("README.txt", "record.json", "schema.json", "csv/homework_assignment.csv",
				"csv/diary_entry.csv", "summary.pdf");
		assertThat(database.jdbc()
			.queryForList("select detail from audit_event where action = 'EXPORT' and client_id = ? order by id",
					String.class, noor))
			.containsExactly("exported whole record");
	}

	@Test
	void a_handout_for_too_many_weeks_is_refused_beside_the_field_and_nothing_is_exported() {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "summary"));
		WholeNumberField weeks = _get(WholeNumberField.class, spec -> spec.withLabel("Weeks until the next session"));
		_setValue(weeks, "12");

		DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Download the handout (PDF)")));
		MockVaadin.runUIQueue();

		assertThat(weeks.isInvalid()).isTrue();
		assertThat(weeks.getErrorMessage()).isEqualTo("Please enter a whole number from 1 to 8.");
		assertThat(
				database.jdbc().queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class))
			.isZero();
	}

	private static String text(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Maya's client Noor, with paced breathing given, on the Print and export part. */
	private long mayaOpensPrintAndExportForNoorWithHomework() {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 2)));
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "summary"));
		return noor;
	}

}
