package dev.harbor.shell;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.security.UserAccountService;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an admin did to a clinician's account or caseload is told to the clinician the
 * next time she opens Harbor, once: a reset with its date and who did it, clients moved
 * to her and away from a colleague, to both of them.
 */
class NoticesAtSignInTest extends KaribuTest {

	@Autowired
	UserAccountService accountService;

	@Autowired
	ClientService clients;

	@Test
	void a_password_reset_is_told_at_the_next_sign_in_with_when_and_by_whom_and_only_once() {
		clock.set(Instant.parse("2026-12-01T09:30:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestAccounts.signIn(accounts.admin("Practice Office"));
		accountService.resetPassword(maya.accountId());
		TestAccounts.signOut();

		signInAndOpen(maya, "");

		Dialog told = _get(Dialog.class);
		assertThat(told.getHeaderTitle()).isEqualTo("While you were away");
		// Java writes a narrow no-break space before AM.
		assertThat(_find(told, ListItem.class)).extracting(item -> item.getText().replace('\u202f', ' '))
			.containsExactly(
					"On Dec 1, 2026, 9:30 AM, Practice Office reset your password. If you did not ask for this, please tell them.");
		_click(_get(told, Button.class, spec -> spec.withText("Understood")));

		startBrowserSession();
		signInAndOpen(maya, "");
		assertThat(_find(Dialog.class)).isEmpty();
	}

	@Test
	void a_caseload_move_is_told_to_both_clinicians_with_the_count_and_the_colleague() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		HarborUser tomas = accounts.clinician("Tomas Reyes");
		TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(accounts.admin("Practice Office"));
		clients.reassignCaseload(maya.accountId(), tomas.accountId());
		TestAccounts.signOut();

		signInAndOpen(tomas, "");
		assertThat(_find(_get(Dialog.class), ListItem.class)).extracting(ListItem::getText)
			.singleElement()
			.asString()
			.endsWith("Practice Office moved 2 clients from Maya Okafor to you.");

		startBrowserSession();
		signInAndOpen(maya, "");
		assertThat(_find(_get(Dialog.class), ListItem.class)).extracting(ListItem::getText)
			.singleElement()
			.asString()
			.endsWith("Practice Office moved 2 clients from you to Tomas Reyes.");
	}

}
