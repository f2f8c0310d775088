package dev.harbor.correctiveexperience.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.DetailRows;
import dev.harbor.common.ui.LaterAdditions;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.common.EnteredBy;
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
		DetailRows fields = words(experience, this);
		Span entered = new Span(getTranslation(
				view.enteredBy() == EnteredBy.CLIENT ? "entry.detail.writtenInPortal" : "experience.detail.entered",
				view.enteredByName(), Dates.shortDateTime(view.enteredAt())));
		entered.addClassName("harbor-muted");
		add(fields, entered);
		if (view.bringToSession()) {
			Span wish = new Span(getTranslation("entry.bringToSession.wish"));
			wish.addClassName("harbor-bring-to-session");
			add(wish);
		}
		add(new LaterAdditions(view.additions()), review, correct);
	}

	/**
	 * The fear, what happened and what was learned, those left empty left out: the same
	 * on the clinician's screen and in the client's portal.
	 */
	static DetailRows words(NewExperience experience, Component owner) {
		return words(experience, owner, Map.of());
	}

	/** The same, with the portal's labels, which speak to the client. */
	static DetailRows inTheClientsOwnWords(NewExperience experience, Component owner) {
		return words(experience, owner, ExperienceWords.CLIENTS_OWN);
	}

	private static DetailRows words(NewExperience experience, Component owner, Map<String, String> ownWords) {
		return new DetailRows(ownWords).row("experience.field.setting", ExperienceWords.label(experience.setting()))
			.row("experience.field.risk", ExperienceWords.label(experience.risk()))
			.row("experience.field.feared",
					owner.getTranslation("experience.detail.belief", experience.feared(), experience.beliefBefore()))
			.row("experience.field.whatHappened",
					owner.getTranslation("experience.detail.belief", experience.whatHappened(),
							experience.beliefAfter()))
			.row("experience.field.learned", experience.learned())
			.row("experience.field.learnedAbout", ExperienceWords.labels(experience.learnedAbout()))
			.row("experience.field.body", experience.body())
			.row("experience.field.repairSteps", ExperienceWords.labels(experience.repairSteps()));
	}

}
