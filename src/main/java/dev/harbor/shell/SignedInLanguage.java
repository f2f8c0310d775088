package dev.harbor.shell;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.harbor.client.ClientService;
import dev.harbor.common.i18n.Language;
import dev.harbor.common.ui.SpokenLanguage;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;

import org.springframework.stereotype.Component;

/**
 * Speaks to each signed-in person in their language: a clinician's or admin's own choice,
 * and for a client the language their clinician set on their record. Before anyone signs
 * in, the browser's language is used. The language is looked up once per person and
 * Vaadin session, before the first page is built; a choice made later is spoken through
 * {@link SpokenLanguage}.
 */
@Component
class SignedInLanguage implements VaadinServiceInitListener {

	/** The account whose language the session speaks; another sign-in looks again. */
	private static final String SPOKEN_FOR = SignedInLanguage.class.getName() + ".account";

	private final CurrentUser currentUser;

	private final UserAccountService accounts;

	private final ClientService clients;

	SignedInLanguage(CurrentUser currentUser, UserAccountService accounts, ClientService clients) {
		this.currentUser = currentUser;
		this.accounts = accounts;
		this.clients = clients;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> speak(enter.getUI())));
	}

	private void speak(UI ui) {
		Optional<HarborUser> user = currentUser.get();
		VaadinSession session = ui.getSession();
		if (user.isEmpty() || session == null) {
			return;
		}
		Long accountId = user.get().accountId();
		if (accountId.equals(session.getAttribute(SPOKEN_FOR))) {
			SpokenLanguage.speak(ui, Language.of(session.getLocale()));
			return;
		}
		Language language = user.get().role() == Role.CLIENT ? clients.myLanguage() : accounts.myLanguage();
		SpokenLanguage.speak(ui, language);
		session.setAttribute(SPOKEN_FOR, accountId);
	}

}
