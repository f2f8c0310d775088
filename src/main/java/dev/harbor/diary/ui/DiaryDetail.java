package dev.harbor.diary.ui;

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
		DetailRows fields = words(entry, this);
		Span entered = new Span(
				getTranslation(
						view.source() == DiarySource.IMPORTED ? "diary.detail.imported"
								: view.enteredBy() == EnteredBy.CLIENT ? "entry.detail.writtenInPortal"
										: "diary.detail.entered",
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
	 * The worksheet's parts in order, those left empty left out: the same on the
	 * clinician's screen and in the client's portal.
	 */
	static DetailRows words(NewDiaryEntry entry, Component owner) {
		return words(entry, owner, Map.of());
	}

	/** The same, with the portal's labels, which speak to the client. */
	static DetailRows inTheClientsOwnWords(NewDiaryEntry entry, Component owner) {
		return words(entry, owner, DiaryWords.CLIENTS_OWN);
	}

	private static DetailRows words(NewDiaryEntry entry, Component owner, Map<String, String> ownWords) {
		return new DetailRows(ownWords)
			.row("diary.field.writtenAt",
					entry.writtenAt() == null ? owner.getTranslation("diary.detail.notGiven")
							: Dates.shortDateTime(entry.writtenAt()))
			.row("diary.field.relationship", DiaryWords.label(entry.relationship()))
			.row("diary.field.situation", entry.situation())
			.row("diary.field.thoughts", entry.thoughts())
			.row("diary.field.feelings", DiaryWords.feelings(entry.feelings()))
			.row("diary.field.body", entry.body())
			.row("diary.field.behaviours", DiaryWords.labels(entry.behaviours()))
			.row("diary.field.needs", DiaryWords.labels(entry.needs()))
			.row("diary.field.traps", DiaryWords.labels(entry.traps()))
			.row("diary.field.triedInstead", entry.triedInstead())
			.row("diary.field.howItWent", entry.howItWent());
	}

}
