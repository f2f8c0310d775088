package dev.harbor.dashboard.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.NewClient;
import dev.harbor.client.TestClients;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Autowired
	DiaryService diary;

	@Test
	void a_clinician_is_greeted_by_name_and_sees_how_many_clients_are_on_their_caseload() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		HarborUser tomas = accounts.clinician("Tomas Reyes");
		addClients(maya, 3);
		addClients(tomas, 2);

		signInAndOpen(maya, "");

		assertThat(_get(H1.class).getText()).isEqualTo("Hello, Maya");
		assertThat(figure("dashboard.caseload.active")).isEqualTo("3");
		assertThat(figure("dashboard.caseload.paused")).isEqualTo("0");
	}

	@Test
	void an_admin_sees_the_practice_rather_than_a_caseload() {
		accounts.clinician("Maya Okafor");
		accounts.clinician("Tomas Reyes");
		HarborUser admin = accounts.admin("Practice Office");

		signInAndOpen(admin, "");

		assertThat(_get(H1.class).getText()).isEqualTo("Hello, Practice");
		assertThat(figure("dashboard.practice.clinicians")).isEqualTo("2");
	}

	@Test
	void the_clients_opened_last_are_listed_and_the_quick_search_jumps_to_a_client() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(maya);
		clients.openClient(rowan);
		clock.advance(java.time.Duration.ofMinutes(1));
		clients.openClient(noor);

		signInAndOpen(maya, "");

		assertThat(_find(Anchor.class).stream().filter(a -> a.getHref().startsWith("clients/")).map(Anchor::getText))
			.containsExactly("Noor Haddad", "Rowan Ashby");
		@SuppressWarnings("unchecked")
		ComboBox<ClientListItem> search = _get(ComboBox.class, spec -> spec.withLabel("Name or code"));
		ComboBoxKt.setUserInput(search, "rowan");
		assertThat(ComboBoxKt.getSuggestions(search)).containsExactly("Rowan Ashby · " + code(rowan));
		_setValue(search, ComboBoxKt.getSuggestionItems(search).getFirst());
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("clients/" + rowan);
	}

	@Test
	void a_long_list_of_clients_waiting_for_review_shows_the_first_ten_and_says_how_many_more() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestAccounts.signIn(maya);
		LocalDateTime yesterday = LocalDateTime.now(clock).minusDays(1);
		for (int i = 0; i < 13; i++) {
			long client = clients.addClient(NewClient.named("Client " + i, LocalDate.now(clock)));
			diary.recordEntry(client, TestDiary.lateReply(yesterday));
		}

		signInAndOpen(maya, "");

		UnorderedList waiting = _get(UnorderedList.class, spec -> spec.withAttribute("data-list", "review"));
		assertThat(_find(waiting, ListItem.class)).hasSize(10);
		assertThat(_get(Paragraph.class, spec -> spec.withClasses("harbor-more")).getText())
			.isEqualTo("And 3 more clients with something waiting, on the Clients page.");
		// The count above the list still counts everyone.
		assertThat(_find(Paragraph.class, spec -> spec.withAttribute("data-unreviewed", "13"))).hasSize(1);
	}

	private String code(long clientId) {
		return database.jdbc().queryForObject("select reference_code from client where id = ?", String.class, clientId);
	}

	private void addClients(HarborUser clinician, int count) {
		TestAccounts.signIn(clinician);
		for (int i = 0; i < count; i++) {
			clients.addClient(NewClient.named("Client " + i, LocalDate.now(clock)));
		}
		TestAccounts.signOut();
	}

	private static String figure(String key) {
		Div figure = _get(Div.class, spec -> spec.withAttribute("data-figure", key));
		return _get(figure, Div.class, spec -> spec.withClasses("harbor-figure-value")).getText();
	}

}
