package dev.harbor.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import dev.harbor.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A browserless UI test on the real Spring context and database: a fresh database and a
 * fresh Vaadin UI for every test, nobody signed in until the test says so.
 */
@HarborSpringTest
public abstract class KaribuTest {

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected TestDatabase database;

	@Autowired
	protected TestAccounts accounts;

	@Autowired
	protected MutableClock clock;

	@BeforeEach
	void startVaadin() {
		database.clean();
		TestAccounts.signOut();
		startBrowserSession();
	}

	/**
	 * A new browser session on the same app, e.g. to check that something was remembered.
	 */
	protected void startBrowserSession() {
		KaribuSpringSecurity.install();
		MockVaadin.setup(UI::new, new HarborMockServlet(context));
	}

	@AfterEach
	void stopVaadin() {
		MockVaadin.tearDown();
		TestAccounts.signOut();
	}

	/** Signs in and opens the given address, as a person would after the sign-in page. */
	protected void signInAndOpen(dev.harbor.security.HarborUser user, String path) {
		TestAccounts.signIn(user);
		// Signing in loads a new page: a new UI with its layout made for this person.
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate(path);
	}

}
