package dev.harbor.client.ui;

import java.time.Instant;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RetentionViewTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Test
	void the_office_sees_which_discharged_records_have_been_kept_past_the_period_by_code_not_by_name() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		// Discharged on a day long ago: only the day of the change counts.
		clock.set(Instant.parse("2017-05-02T10:00:00Z"));
		TestAccounts.signIn(maya);
		clients.changeStatus(noor, clients.openClient(noor).version(), ClientStatus.DISCHARGED);
		String code = clients.openClient(noor).referenceCode();
		TestAccounts.signOut();
		clock.set(Instant.parse("2026-12-06T10:00:00Z"));

		signInAndOpen(accounts.admin("Practice Office"), "admin/retention");

		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.anyMatch(text -> text.startsWith("The practice keeps a client's record 7 years after discharge"));
		@SuppressWarnings("unchecked")
		Grid<Object> records = _get(Grid.class);
		assertThat(GridKt._size(records)).isEqualTo(1);
		assertThat(GridKt._getFormatted(records, 0, "code")).isEqualTo(code);
		assertThat(GridKt._getFormatted(records, 0, "clinician")).isEqualTo("Maya Okafor");
		assertThat(_get(RetentionView.class).getElement().getOuterHTML()).doesNotContain("Noor");
	}

}
