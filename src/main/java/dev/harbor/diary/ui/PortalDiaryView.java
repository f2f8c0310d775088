package dev.harbor.diary.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.common.ui.PortalEntryPage;
import dev.harbor.diary.MyDiaryEntry;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.review.DraftKind;
import dev.harbor.review.DraftService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's trigger diary in the portal: a new entry written the evening it happened,
 * or one of theirs again, to correct or, once read, to add to.
 */
@Route("portal/diary/:" + PortalEntryPage.ENTRY + "?([0-9]{1,18})")
@RolesAllowed(Role.Names.CLIENT)
class PortalDiaryView extends PortalEntryPage<NewDiaryEntry, MyDiaryEntry> {

	private final MyDiaryService diary;

	private final DraftService drafts;

	private final Clock clock;

	PortalDiaryView(MyDiaryService diary, DraftService drafts, Clock clock) {
		super("portal.diary.title");
		this.diary = diary;
		this.drafts = drafts;
		this.clock = clock;
	}

	@Override
	protected EntryForm<NewDiaryEntry> newForm() {
		DiaryForm form = new DiaryForm(clock, false);
		form.inTheClientsOwnWords();
		return form;
	}

	@Override
	protected MyDiaryEntry mine(long id) {
		return diary.myEntry(id);
	}

	@Override
	protected void write(NewDiaryEntry written, boolean bringToSession) {
		diary.writeEntry(written, bringToSession);
	}

	@Override
	protected void correct(MyDiaryEntry mine, NewDiaryEntry written, boolean bringToSession) {
		diary.correctEntry(mine.id(), mine.version(), written, bringToSession);
	}

	@Override
	protected void addTo(MyDiaryEntry mine, String text) {
		diary.addToEntry(mine.id(), text);
	}

	@Override
	protected Component words(NewDiaryEntry written) {
		return DiaryDetail.inTheClientsOwnWords(written, this);
	}

	@Override
	protected Optional<Map.Entry<Instant, Map<String, String>>> keptDraft() {
		return drafts.myDraft(DraftKind.DIARY).map(draft -> Map.entry(draft.savedAt(), draft.fields()));
	}

	@Override
	protected void keepDraft(Map<String, String> typed) {
		drafts.keepDraft(DraftKind.DIARY, typed);
	}

	@Override
	protected void discardDraft() {
		drafts.discardDraft(DraftKind.DIARY);
	}

}
