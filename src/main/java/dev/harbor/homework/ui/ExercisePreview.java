package dev.harbor.homework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.homework.ExerciseText;

/**
 * An exercise exactly as the client reads it: purpose, numbered steps, how long and how
 * often, and what to note down afterwards. Every text is shown as text, never as markup.
 */
class ExercisePreview extends Div {

	ExercisePreview(ExerciseText text, boolean asPageHeading) {
		addClassName("harbor-exercise");
		Span category = new Span(getTranslation(text.category().translationKey()));
		category.addClassName("harbor-code");
		OrderedList steps = new OrderedList();
		text.steps().forEach(step -> steps.add(new ListItem(step)));
		UnorderedList record = new UnorderedList();
		record.add(new ListItem(getTranslation("exercise.record.distress_before")));
		record.add(new ListItem(getTranslation("exercise.record.distress_after")));
		text.prompts().forEach(prompt -> record.add(new ListItem(prompt)));
		add(category, asPageHeading ? new H2(text.name()) : new H3(text.name()), new Paragraph(text.purpose()), steps,
				new Paragraph(getTranslation("library.how", text.startMinutes(), HomeworkWords.rhythm(text.rhythm()))),
				asPageHeading ? new H2(getTranslation("library.afterwards"))
						: new H3(getTranslation("library.afterwards")),
				record);
	}

}
