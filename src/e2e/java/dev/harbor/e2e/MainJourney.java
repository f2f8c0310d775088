package dev.harbor.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first journey every clinician takes, in a real Chromium against the production jar:
 * sign in with a demo account, see the dashboard, switch to dark, find it remembered, sign out.
 */
class MainJourney extends BrowserJourney {


	@Test
	void a_demo_clinician_signs_in_sees_the_dashboard_switches_to_dark_and_signs_out() {
		Page page = browser.newPage(1280, 860);

		com.microsoft.playwright.Response first = page.navigate(server.url(""));
		assertThat(page).hasURL(server.url("login"));
		assertThat(first.headers().get("content-security-policy")).contains("frame-ancestors 'none'",
				"object-src 'none'", "base-uri 'self'");
		assertThat(first.headers().get("permissions-policy")).contains("camera=()", "microphone=()");
		assertThat(first.headers().get("x-frame-options")).isEqualTo("DENY");
		assertThat(page.getByText("Demo practice")).isVisible();
		browser.screenshot(page, "01-sign-in");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Maya"))).isVisible();
		assertThat(page.locator("[data-figure='dashboard.caseload.active'] .harbor-figure-value")).hasText("4");
		browser.screenshot(page, "02-dashboard-light");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(page.locator("html")).hasAttribute("theme", "dark");

		page.reload();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Maya"))).isVisible();
		assertThat(page.locator("html")).hasAttribute("theme", "dark");
		browser.screenshot(page, "03-dashboard-dark");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page).hasURL(server.url("login"));
		page.navigate(server.url(""));
		assertThat(page).hasURL(server.url("login"));
	}

	@Test
	void on_a_phone_sized_window_the_dashboard_still_works() {
		Page page = browser.newPage(390, 844);
		page.navigate(server.url("login"));
		browser.screenshot(page, "04-sign-in-narrow");

		signIn(page, "tomas.reyes@harbor.example", "harbor-demo-2026");

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Tomás"))).isVisible();
		assertThat(page.locator("[data-figure='dashboard.caseload.active'] .harbor-figure-value")).hasText("3");
		browser.screenshot(page, "05-dashboard-narrow");
		page.locator("vaadin-drawer-toggle").click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
		browser.screenshot(page, "06-menu-narrow");
	}

	@Test
	void an_admin_reads_the_audit_log_and_sees_the_sign_ins() {
		Page page = browser.newPage(1280, 860);
		page.navigate(server.url("login"));

		signIn(page, "admin@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();

		assertThat(page).hasURL(server.url("admin/audit"));
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Sign-in").first()).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the trail")).click();
		assertThat(page.locator(".harbor-trail-check")).containsText("The trail holds: all");
		browser.screenshot(page, "07-audit-log");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
		assertThat(page).hasURL(server.url("admin/accounts"));
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Maya Okafor")).isVisible();
		browser.screenshot(page, "09-accounts");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kept past retention")).click();
		assertThat(page).hasURL(server.url("admin/retention"));
		assertThat(page.getByText("The practice keeps a client's record 7 years after discharge")).isVisible();
		browser.screenshot(page, "09b-kept-past-retention");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	static void signIn(Page page, String email, String password) {
		page.locator("input[name='username']").fill(email);
		page.locator("input[name='password']").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

}
