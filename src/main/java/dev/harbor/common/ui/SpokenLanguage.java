package dev.harbor.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.harbor.common.i18n.Language;

/**
 * The language a Vaadin session speaks. Set for the whole session, so every tab's next
 * page speaks it; the page the person is on is built anew by a reload.
 */
public final class SpokenLanguage {

	private SpokenLanguage() {
	}

	public static void speak(UI ui, Language language) {
		VaadinSession session = ui.getSession();
		if (session != null && !language.locale().equals(session.getLocale())) {
			session.setLocale(language.locale());
		}
		if (!language.locale().equals(ui.getLocale())) {
			ui.setLocale(language.locale());
		}
	}

}
