package dev.harbor.reading.ui;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings, told as a user story: Maya gives Noor the reading on setbacks, Noor finds it
 * under "To read" in her portal, and once Maya takes it back it is gone from there.
 */
class ReadingStoriesTest extends KaribuTest {

	@Autowired
	ClientService clients;

	HarborUser maya;

	HarborUser noorInPortal;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		noorInPortal = accounts.client(noor, "Noor Haddad");
	}

	@Test
	void maya_gives_a_reading_noor_reads_it_in_her_portal_and_it_goes_when_taken_back() {
		openReadings();
		assertThat(text(card("A rough week is part of the path"))).contains("Not given yet");
		_click(_get(card("A rough week is part of the path"), Button.class,
				spec -> spec.withText("Give to the client")));
		assertThat(text(card("A rough week is part of the path"))).contains("In the portal since");

		noorOpensToRead();
		assertThat(tree()).contains("A rough week is part of the path", "A rough week is not a return to the start.");

		TestAccounts.signOut();
		startBrowserSession();
		openReadings();
		_click(_get(card("A rough week is part of the path"), Button.class, spec -> spec.withText("Take back")));
		noorOpensToRead();
		assertThat(tree()).doesNotContain("A rough week is part of the path").contains("Nothing here yet.");
	}

	private void openReadings() {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "readings"));
	}

	private void noorOpensToRead() {
		TestAccounts.signOut();
		startBrowserSession();
		signInAndOpen(noorInPortal, "portal/read");
	}

	private static Div card(String title) {
		return (Div) _get(H3.class, spec -> spec.withText(title)).getParent().orElseThrow();
	}

	private static String text(Div card) {
		return card.getElement().getTextRecursively();
	}

	private static String tree() {
		return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
	}

}
