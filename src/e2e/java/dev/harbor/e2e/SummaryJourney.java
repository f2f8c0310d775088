package dev.harbor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Downloading a client's summary PDF in a real Chromium. */
class SummaryJourney extends BrowserJourney {

	@Test
	void a_clinician_downloads_a_clients_summary_as_a_pdf() throws IOException {
		Page page = browser.newPage(1280, 1000);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		page.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Juniper Hale"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Summary PDF").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session summary as PDF")))
			.isVisible();
		browser.screenshot(page, "29-summary-part");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the summary (PDF)"))
			.click());

		assertThat(download.suggestedFilename()).matches("summary-HB-[2-9A-Z]{6}-\\d{4}-\\d{2}-\\d{2}\\.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(pdf.length).isGreaterThan(10_000);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		Files.write(Path.of("target", "screenshots", "30-downloaded-summary.pdf"), pdf);
	}

	@Test
	void a_clinician_opens_a_session_writes_the_note_and_downloads_its_summary() throws IOException {
		Page page = browser.newPage(1280, 1100);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		page.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Juniper Hale"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sessions").setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New session")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the session")).click();
		page.getByLabel("Focus").fill("Evenings alone, and the walk before texting");
		assertThat(page.getByText("Draft saved")).isVisible();
		browser.screenshot(page, "31-session-note");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download this session's summary (PDF)"))
			.click());

		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(pdf.length).isGreaterThan(10_000);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

}
