package dev.harbor.client.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dev.harbor.client.ClientStatus;

/** A client's status as a small calm label, with the same look wherever it appears. */
final class StatusBadge {

	private StatusBadge() {
	}

	static Span of(ClientStatus status) {
		Span badge = new Span(UI.getCurrentOrThrow().getTranslation(status.translationKey()));
		badge.addClassNames("harbor-status", "harbor-status-" + styleOf(status));
		return badge;
	}

	/** The part of the style class that differs by status, for templates too. */
	static String styleOf(ClientStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

}
