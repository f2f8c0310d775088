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
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print and export").setExact(true)).click();
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
		String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the summary (PDF)"))
			.getAttribute("href");
		com.microsoft.playwright.APIResponse again = page.context()
			.request()
			.get(java.net.URI.create(page.url()).resolve(href).toString());
		assertThat(again.headers().get("cache-control")).contains("no-store");
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		Files.write(Path.of("target", "screenshots", "30-downloaded-summary.pdf"), pdf);

		Download handout = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the handout (PDF)"))
			.click());
		assertThat(handout.suggestedFilename()).matches("handout-HB-[2-9A-Z]{6}-\\d{4}-\\d{2}-\\d{2}\\.pdf");
		assertThat(new String(Files.readAllBytes(handout.path()), 0, 5)).isEqualTo("%PDF-");

		// The whole record, for a client who asked for it.
		Locator wholeRecord = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Download the whole record (ZIP)"));
		wholeRecord.scrollIntoViewIfNeeded();
		browser.screenshot(page, "30b-whole-record");
		Download record = page.waitForDownload(wholeRecord::click);
		assertThat(record.suggestedFilename()).matches("record-HB-[2-9A-Z]{6}-\\d{4}-\\d{2}-\\d{2}\\.zip");
		byte[] zip = Files.readAllBytes(record.path());
		assertThat(new String(zip, 0, 2)).isEqualTo("PK");
		Files.write(Path.of("target", "screenshots", "30c-whole-record.zip"), zip);
	}

	/**
	 * The session journey: open today's session, write the note, go through a diary entry
	 * with the client (it is recorded as part of the session), give the next homework,
	 * download the session's summary, and at the end of the day print everyone seen.
	 */
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
		// Nothing typed is cut: a part over its limit keeps the text, says why beside it,
		// and the note says it is not saved until the part fits.
		page.getByLabel("Interventions").fill("x".repeat(4_100));
		assertThat(page.getByText("4,100 of 4,000 characters")).isVisible();
		assertThat(page.getByText("This part has 4,100 characters and fits 4,000.", new Page.GetByTextOptions()))
			.isVisible();
		assertThat(page.getByText("Not saved: what is on the screen differs")).isVisible();
		assertThat(page.getByLabel("Interventions")).hasValue("x".repeat(4_100));
		browser.screenshot(page, "31-session-note-too-long");
		page.getByLabel("Interventions").fill("Paced breathing together, then a pause plan");
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

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the diary")).click();
		assertThat(page.locator(".harbor-in-session")).containsText("is open");
		page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Mum cancelled our lunch"))
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark reviewed")).click();
		assertThat(page.getByText("Marked reviewed.")).isVisible();
		Browser.waitForToastsToGo(page);
		browser.screenshot(page, "32-diary-while-a-session-is-open");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the session")).click();
		assertThat(page.getByText("Gone through in this session")).isVisible();
		assertThat(page.locator(".harbor-session li").filter(new Locator.FilterOptions().setHasText("Diary, ")))
			.containsText("Mum cancelled our lunch");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign homework")).click();
		page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Exercise")).fill("Grounding");
		page.getByRole(AriaRole.OPTION).first().click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
		assertThat(page.locator(".harbor-session li").filter(new Locator.FilterOptions().setHasText("minutes")))
			.hasCount(1);
		Browser.waitForToastsToGo(page);
		browser.screenshot(page, "32-session-gone-through-and-homework");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		page.setViewportSize(390, 844);
		assertThat(page.getByText("Gone through in this session")).isVisible();
		browser.screenshot(page, "32-session-narrow-dark");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();
		page.setViewportSize(1280, 1100);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print summaries")).click();
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Everyone with a session today")).check();
		assertThat(page.locator(".harbor-since li")).containsText("Juniper Hale");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print the chosen summaries")).click();
		Download batch = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the PDF")).click());
		assertThat(new String(Files.readAllBytes(batch.path()), 0, 5)).isEqualTo("%PDF-");
		browser.screenshot(page, "33-print-everyone-seen-today");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

}
