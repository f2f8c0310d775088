package dev.harbor.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/** One production jar and one Chromium per journey class, started before and stopped after. */
abstract class BrowserJourney {

	static HarborServer server;

	static Browser browser;

	@BeforeAll
	static void startServerAndBrowser() throws Exception {
		server = HarborServer.start();
		browser = new Browser();
	}

	/** A journey fails when the browser had to block anything under Harbor's policy. */
	@AfterEach
	void noPolicyViolations() {
		assertThat(browser.takePolicyViolations()).isEmpty();
	}

	@AfterAll
	static void stopServerAndBrowser() throws Exception {
		if (browser != null) {
			browser.close();
		}
		if (server != null) {
			server.close();
		}
	}

}
