package dev.harbor.common.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.harbor.common.AdditionView;

/**
 * What a client added to an entry after their clinician had read it, oldest first, each
 * with when it was written. The entry above stays as it was reviewed.
 */
public class LaterAdditions extends Div {

	public LaterAdditions(List<AdditionView> additions) {
		addClassName("harbor-additions");
		setVisible(!additions.isEmpty());
		add(new H3(getTranslation("entry.additions.title")));
		for (AdditionView addition : additions) {
			Span when = new Span(Dates.shortDateTime(addition.writtenAt()));
			when.addClassName("harbor-muted");
			Div one = new Div(when, new Paragraph(addition.text()));
			one.addClassName("harbor-addition");
			add(one);
		}
	}

}
