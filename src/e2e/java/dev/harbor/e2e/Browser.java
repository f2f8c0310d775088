package dev.harbor.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright: no browser download, a fresh profile, and the flags
 * this closed network needs. Screenshots go to target/screenshots for people to look at.
 */
final class Browser implements AutoCloseable {

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final Path screenshots;

	private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

	Browser() throws java.io.IOException {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions()
				.setExecutablePath(Paths.get(System.getProperty("harbor.e2e.chromium", "/usr/bin/chromium")))
				.setHeadless(true)
				.setArgs(CHROMIUM_FLAGS));
		screenshots = Path.of(System.getProperty("harbor.e2e.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
	}

	Page newPage(int width, int height) {
		BrowserContext context = chromium
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
		Page page = context.newPage();
		page.setDefaultTimeout(30_000);
		// The browser reports each breach of the Content-Security-Policy on its console.
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				policyViolations.add(page.url() + ": " + message.text());
			}
		});
		return page;
	}

	void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
	}

	/**
	 * Waits until no toast is on screen: they fade in and out, and axe measures a half-faded
	 * one as low contrast.
	 */
	static void waitForToastsToGo(Page page) {
		PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card"))
			.hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
	}

	/**
	 * A narrow window shows the whole width of the page: nothing sticks out to the right
	 * that a person would have to scroll sideways to read.
	 */
	static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue())
			.as("pixels the page is wider than the window")
			.isLessThanOrEqualTo(0);
	}

	/**
	 * The page-structure rules a screen reader user leans on, kept at any impact: one main
	 * landmark, everything inside landmarks, one level-one heading, no skipped heading
	 * levels, no empty table header.
	 */
	private static final Set<String> STRUCTURE = Set.of("landmark-one-main", "region", "page-has-heading-one",
			"heading-order", "empty-table-header", "empty-heading", "landmark-unique", "landmark-no-duplicate-main");

	/**
	 * The serious and critical accessibility problems axe finds on the page, and any breach
	 * of the structure rules above, one line each.
	 */
	static List<String> seriousAccessibilityProblems(Page page) {
		AxeResults results = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze();
		return results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())
					|| STRUCTURE.contains(rule.getId()))
			.map(Browser::withoutFrameworkStatus)
			.filter(rule -> !rule.getNodes().isEmpty())
			.map(Browser::describe)
			.toList();
	}

	/**
	 * Vaadin appends its reconnecting indicator to the body, outside any landmark, and shows
	 * it only while the server is out of reach; every other rule still applies to it.
	 */
	private static Rule withoutFrameworkStatus(Rule rule) {
		if ("region".equals(rule.getId())) {
			rule.setNodes(rule.getNodes()
				.stream()
				.filter(node -> !String.valueOf(node.getTarget()).contains("vaadin-connection-indicator"))
				.toList());
		}
		return rule;
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

	/** The Content-Security-Policy breaches reported since the last call, then forgotten. */
	List<String> takePolicyViolations() {
		List<String> seen = List.copyOf(policyViolations);
		policyViolations.clear();
		return seen;
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

}
