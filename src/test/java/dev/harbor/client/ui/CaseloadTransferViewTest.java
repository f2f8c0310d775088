package dev.harbor.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.AccountView;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.FormFields;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CaseloadTransferViewTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Test
	void an_admin_moves_a_leaving_clinicians_caseload_to_a_colleague_without_seeing_the_clients() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		HarborUser tomas = accounts.clinician("Tomas Reyes");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestClients.aClientOf(clients, maya, "Rowan Ashby");
		signInAndOpen(accounts.admin("Practice Office"), "admin/caseloads");

		_setValue(select("From"), account(select("From"), maya));
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("2 clients on this caseload.");
		assertThat(_get(CaseloadTransferView.class).getElement().getOuterHTML()).doesNotContain("Noor");
		_setValue(select("To"), account(select("To"), tomas));
		_click(_get(Button.class, spec -> spec.withText("Move all these clients")));

		TestAccounts.signIn(tomas);
		assertThat(clients.openClient(noor).displayName()).isEqualTo("Noor Haddad");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where detail = ?", Long.class,
					"reassigned from " + maya.accountId() + " to " + tomas.accountId()))
			.isEqualTo(2);
	}

	@Test
	void moving_a_caseload_to_nobody_or_to_the_same_clinician_is_refused_beside_the_choice_and_moves_nothing() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(accounts.admin("Practice Office"), "admin/caseloads");
		CaseloadTransferView view = _get(CaseloadTransferView.class);
		Button move = _get(Button.class, spec -> spec.withText("Move all these clients"));

		_click(move);
		assertThat(select("From").getErrorMessage()).isEqualTo("Please choose a different, active clinician.");
		assertThat(select("To").isInvalid()).isTrue();

		_setValue(select("From"), account(select("From"), maya));
		_setValue(select("To"), account(select("To"), maya));
		_click(move);
		FormFields.assertRefusedOnlyAt(view, "To", "Please choose a different, active clinician.");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where detail like 'reassigned%'", Long.class)).isZero();
	}

	@SuppressWarnings("unchecked")
	private static Select<AccountView> select(String label) {
		return _get(Select.class, spec -> spec.withLabel(label));
	}

	private static AccountView account(Select<AccountView> select, HarborUser user) {
		return select.getListDataView().getItems().filter(a -> a.id() == user.accountId()).findFirst().orElseThrow();
	}

}
