package dev.harbor.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One production jar and one Chromium per journey class, started before and stopped after. */
abstract class BrowserJourney {

	static HarborServer server;

	static Browser browser;

	@BeforeAll
	static void startServerAndBrowser() throws Exception {
		server = HarborServer.start();
		browser = new Browser();
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
