package dev.harbor.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one "nothing here" message, for a missing page and for a page that is not yours
 * alike.
 */
final class NothingHere {

	private NothingHere() {
	}

	static Component[] content(Component owner) {
		return new Component[] { new H1(owner.getTranslation("error.notFound.title")),
				new Paragraph(owner.getTranslation("error.notFound.text")),
				new Anchor("", owner.getTranslation("error.backHome")) };
	}

}
