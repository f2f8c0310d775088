package dev.harbor.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A reset told to the person at their next sign-in, in a real Chromium. */
class AccountNoticeJourney extends BrowserJourney {

	@Test
	void an_admin_resets_a_password_and_the_clinician_is_told_when_and_by_whom_at_sign_in() {
		Page page = browser.newPage(1280, 860);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "admin@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account")).click();
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Lena Vogt");
		page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("lena.vogt@harbor.example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save account")).click();
		assertThat(page.locator(".harbor-one-time-password")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();

		// Clinicians come first, by name: Lena Vogt is the first row.
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Lena Vogt")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New one-time password")).first().click();
		String oneTime = page.locator(".harbor-one-time-password").textContent().strip();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		MainJourney.signIn(page, "lena.vogt@harbor.example", oneTime);
		Locator told = page.getByRole(AriaRole.DIALOG);
		assertThat(told).containsText("While you were away");
		assertThat(told).containsText("Practice Office reset your password.");
		browser.screenshot(page, "09b-told-of-a-reset");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Understood")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose your password")))
			.isVisible();
		assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
	}

}
