package dev.harbor.diary;

import java.time.Instant;
import java.util.List;

import dev.harbor.common.AdditionView;
import dev.harbor.common.MyEntry;

/**
 * One of my diary entries as I see it in the portal: what I wrote, whether I want to
 * bring it to my next session, whether my clinician has read it (then I add to it instead
 * of changing it), and what I added. Never the clinician's comment or flag.
 */
public record MyDiaryEntry(long id, long version, NewDiaryEntry entry, boolean bringToSession, boolean reviewed,
		Instant enteredAt, List<AdditionView> additions) implements MyEntry<NewDiaryEntry> {

	public MyDiaryEntry {
		additions = List.copyOf(additions);
	}

	static MyDiaryEntry of(DiaryEntryView view) {
		return new MyDiaryEntry(view.id(), view.version(), view.entry(), view.bringToSession(), view.reviewed(),
				view.enteredAt(), view.additions());
	}

	@Override
	public NewDiaryEntry words() {
		return entry;
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "MyDiaryEntry[id=" + id + ", version=" + version + "]";
	}

}
