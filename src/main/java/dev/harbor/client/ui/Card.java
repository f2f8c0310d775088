package dev.harbor.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A titled panel on the client page. */
final class Card {

	private Card() {
	}

	static Section titled(String title, Component... content) {
		Div body = new Div(content);
		body.addClassName("harbor-card-body");
		Section card = new Section(new H2(title), body);
		card.addClassNames("harbor-panel", "harbor-card");
		return card;
	}

}
