package dev.harbor.diary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiarySource;
import dev.harbor.diary.NewDiaryEntry;

/**
 * One diary entry laid out to be read aloud in session: when it happened and when it was
 * written down (side by side, without comment), then the worksheet's parts in order, then
 * the clinician's review. Everything the client wrote is shown as text.
 */
class DiaryDetail extends Div {

	DiaryDetail(DiaryEntryView view, ReviewControls review, Component correct) {
		addClassNames("harbor-panel", "harbor-entry-detail");
		NewDiaryEntry entry = view.entry();
		add(new H2(Dates.shortDateTime(entry.happenedAt())));
		Div fields = new Div();
		fields.addClassName("harbor-details");
		row(fields, "diary.field.writtenAt", entry.writtenAt() == null ? getTranslation("diary.detail.notGiven")
				: Dates.shortDateTime(entry.writtenAt()));
		row(fields, "diary.field.relationship", DiaryWords.label(entry.relationship()));
		row(fields, "diary.field.situation", entry.situation());
		row(fields, "diary.field.thoughts", entry.thoughts());
		row(fields, "diary.field.feelings", DiaryWords.feelings(entry.feelings()));
		row(fields, "diary.field.body", entry.body());
		row(fields, "diary.field.behaviours", DiaryWords.labels(entry.behaviours()));
		row(fields, "diary.field.needs", DiaryWords.labels(entry.needs()));
		row(fields, "diary.field.traps", DiaryWords.labels(entry.traps()));
		row(fields, "diary.field.triedInstead", entry.triedInstead());
		row(fields, "diary.field.howItWent", entry.howItWent());
		Span entered = new Span(
				getTranslation(view.source() == DiarySource.IMPORTED ? "diary.detail.imported" : "diary.detail.entered",
						view.enteredByName(), Dates.shortDateTime(view.enteredAt())));
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
