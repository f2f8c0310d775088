package dev.harbor.ladder.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.harbor.ladder.Anchors;
import org.jspecify.annotations.Nullable;

/**
 * The client's distress scale with their own moments at 0, 25, 50, 75 and 100, shown
 * beside every rating so the numbers keep their meaning. The words are set as text.
 */
class ScaleAnchors extends Div {

	ScaleAnchors(Anchors anchors, boolean inTheClientsOwnWords) {
		addClassName("harbor-scale-anchors");
		getElement().setAttribute("role", "group");
		String heading = getTranslation(inTheClientsOwnWords ? "ladder.mine.scale" : "ladder.scale.heading");
		getElement().setAttribute("aria-label", heading);
		Paragraph title = new Paragraph(heading);
		title.addClassName("harbor-scale-title");
		add(title);
		if (anchors.isEmpty()) {
			Paragraph none = new Paragraph(
					getTranslation(inTheClientsOwnWords ? "ladder.mine.scale.none" : "ladder.scale.none"));
			none.addClassName("harbor-muted");
			add(none);
			return;
		}
		row(0, anchors.calm());
		row(25, anchors.quarter());
		row(50, anchors.half());
		row(75, anchors.threeQuarters());
		row(100, anchors.worst());
	}

	private void row(int level, @Nullable String words) {
		Span number = new Span(String.valueOf(level));
		number.addClassName("harbor-scale-level");
		Span text = new Span(words == null ? "\u2013" : words);
		Div row = new Div(number, text);
		row.addClassName("harbor-scale-row");
		row.getElement().setAttribute("data-level", String.valueOf(level));
		add(row);
	}

}
