package dev.harbor.ladder.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.DetailRows;
import dev.harbor.common.ui.LaterAdditions;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.ladder.AttemptView;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.NewAttempt;

/**
 * One attempt, the prediction set against what happened, then the clinician's review.
 * Everything the client wrote is shown as text.
 */
class AttemptDetail extends Div {

	AttemptDetail(AttemptView view, LadderView ladder, ReviewControls review, Component correct) {
		addClassNames("harbor-panel", "harbor-entry-detail");
		add(new H2(Dates.shortDateTime(view.happenedAt())));
		Span entered = new Span(getTranslation(
				view.enteredBy() == EnteredBy.CLIENT ? "entry.detail.writtenInPortal" : "ladder.attempt.entered",
				view.enteredByName(), Dates.shortDateTime(view.enteredAt())));
		entered.addClassName("harbor-muted");
		add(words(view.attempt(), ladder, this, Map.of()), entered);
		if (view.bringToSession()) {
			Span wish = new Span(getTranslation("entry.bringToSession.wish"));
			wish.addClassName("harbor-bring-to-session");
			add(wish);
		}
		add(new LaterAdditions(view.additions()), review, correct);
	}

	/**
	 * The step and its fear, then the distress predicted, at the peak and at the end,
	 * whether the fear came true and what happened instead: the same on the clinician's
	 * screen and in the portal.
	 */
	static DetailRows words(NewAttempt attempt, LadderView ladder, Component owner, Map<String, String> ownWords) {
		DetailRows rows = new DetailRows(ownWords);
		ladder.step(attempt.stepId())
			.ifPresent(step -> rows.row("ladder.attempt.field.step", LadderWords.stepName(step))
				.row("ladder.attempt.detail.fear",
						owner.getTranslation("ladder.attempt.fear", step.step().feared(), step.step().likelihood())));
		return rows
			.row("ladder.attempt.field.minutes", attempt.minutes() == null ? null : String.valueOf(attempt.minutes()))
			.row("ladder.attempt.column.distress",
					owner.getTranslation("ladder.attempt.distress.long", attempt.predictedDistress(),
							attempt.peakDistress(), attempt.endDistress()))
			.row("ladder.attempt.field.fearedHappened", LadderWords.label(attempt.fearedHappened()))
			.row("ladder.attempt.field.whatHappened", attempt.whatHappened())
			.row("ladder.attempt.field.learned", attempt.learned())
			.row("ladder.attempt.field.safety", LadderWords.labels(attempt.safetyBehaviours()))
			.row("ladder.attempt.field.body", attempt.body())
			.row("ladder.attempt.field.note", attempt.note());
	}

}
