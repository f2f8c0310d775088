package dev.harbor.correctiveexperience.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.correctiveexperience.NewExperience;

/**
 * One corrective experience, fear set against what happened, then the clinician's review.
 * Everything the client wrote is shown as text.
 */
class ExperienceDetail extends Div {

	ExperienceDetail(ExperienceView view, ReviewControls review, Component correct) {
		addClassNames("harbor-panel", "harbor-entry-detail");
		NewExperience experience = view.experience();
		add(new H2(Dates.shortDateTime(experience.happenedAt())));
		Div fields = new Div();
		fields.addClassName("harbor-details");
		row(fields, "experience.field.setting", ExperienceWords.label(experience.setting()));
		row(fields, "experience.field.risk", ExperienceWords.label(experience.risk()));
		row(fields, "experience.field.feared",
				getTranslation("experience.detail.belief", experience.feared(), experience.beliefBefore()));
		row(fields, "experience.field.whatHappened",
				getTranslation("experience.detail.belief", experience.whatHappened(), experience.beliefAfter()));
		row(fields, "experience.field.learned", experience.learned());
		row(fields, "experience.field.learnedAbout", ExperienceWords.labels(experience.learnedAbout()));
		row(fields, "experience.field.body", experience.body());
		row(fields, "experience.field.repairSteps", ExperienceWords.labels(experience.repairSteps()));
		Span entered = new Span(getTranslation("experience.detail.entered", view.enteredByName(),
				Dates.shortDateTime(view.enteredAt())));
		entered.addClassName("harbor-muted");
		add(fields, entered, review, correct);
	}

	private void row(Div fields, String labelKey, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		Div label = new Div(getTranslation(labelKey));
		label.addClassName("harbor-detail-label");
		Div text = new Div(value);
		text.addClassName("harbor-detail-value");
		fields.add(new Div(label, text));
	}

}
