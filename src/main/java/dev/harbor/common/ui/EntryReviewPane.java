package dev.harbor.common.ui;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.harbor.common.RecordNotFoundException;
import dev.harbor.common.ReviewedEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The review side of a client's log, the same for every kind of entry (the trigger diary,
 * the corrective-experience log, and logs to come): the list with a tick box per entry
 * and "Mark selected reviewed", and beside it the chosen entry laid out to read with its
 * {@link ReviewControls}. A log composes it with its own grid columns, its own detail and
 * its own words; every change goes through the log's service, and a conflict or an entry
 * that has gone is handled here, one way for all.
 *
 * @param <V> the log's view of an entry
 */
public class EntryReviewPane<V extends ReviewedEntry> extends Div {

	/**
	 * What a log supplies: its service's review calls and how one of its entries reads.
	 *
	 * @param markReviewed marks these entries reviewed (linked to the open session, if
	 * one is)
	 * @param detail the entry laid out to read, with the review controls placed in it
	 */
	public record Reviewing<V>(Function<List<Long>, List<V>> markReviewed, BiFunction<V, Boolean, V> flag,
			BiFunction<V, @Nullable String, V> comment, BiFunction<V, ReviewControls, Component> detail) {
	}

	/**
	 * The log's own words.
	 *
	 * @param chooseKey shown while no entry is chosen
	 * @param goneKey shown when the entry or its client is no longer on the caseload
	 */
	public record Words(String chooseKey, String goneKey) {
	}

	private final Grid<V> grid;

	private final Reviewing<V> reviewing;

	private final Words words;

	private final Runnable changed;

	private final Div detail = new Div();

	/**
	 * @param grid the log's list, with its columns and items; the pane adds the tick
	 * boxes and, last, the review state
	 * @param changed refreshes what the log shows around the list after a change
	 */
	public EntryReviewPane(Grid<V> grid, Reviewing<V> reviewing, Words words, Runnable changed) {
		this.grid = grid;
		this.reviewing = reviewing;
		this.words = words;
		this.changed = changed;
		addClassName("harbor-review-layout");
		grid.setSelectionMode(Grid.SelectionMode.MULTI);
		SelectionColumn.name(grid, "review.select.column");
		grid.addColumn(this::state).setHeader(getTranslation("entries.column.review")).setFlexGrow(1);
		grid.addItemClickListener(click -> show(click.getItem()));
		grid.addCellFocusListener(focus -> focus.getItem().ifPresent(this::show));
		Button markSelected = Submit.once(new Button(getTranslation("entries.markSelected"), VaadinIcon.CHECK.create(),
				click -> markSelectedReviewed()));
		Div list = new Div(markSelected, grid);
		list.addClassName("harbor-entry-list");
		detail.addClassName("harbor-entry-side");
		show(null);
		add(list, detail);
	}

	/** Shows this entry beside the list, or the hint to choose one. */
	public void show(@Nullable V entry) {
		detail.removeAll();
		if (entry == null) {
			detail.add(new Paragraph(getTranslation(words.chooseKey())));
			return;
		}
		ReviewControls review = new ReviewControls(entry.reviewed(), entry.flagged(), entry.comment(),
				new ReviewControls.Actions() {
					@Override
					public boolean markReviewed() {
						return change(() -> reviewing.markReviewed().apply(List.of(entry.id())).getFirst(),
								"review.done");
					}

					@Override
					public boolean flag(boolean flagged) {
						return change(() -> reviewing.flag().apply(entry, flagged),
								flagged ? "review.flag.done" : "review.unflag.done");
					}

					@Override
					public boolean comment(@Nullable String text) {
						return change(() -> reviewing.comment().apply(entry, text), "review.comment.done");
					}
				});
		detail.add(reviewing.detail().apply(entry, review));
	}

	private String state(V entry) {
		String state = getTranslation(entry.reviewedInSession() != null ? "review.state.inSession"
				: entry.reviewed() ? "review.state.reviewed" : "review.state.waiting");
		return entry.flagged() ? state + " \u00B7 " + getTranslation("review.flagged") : state;
	}

	/** Runs one review change, then shows the entry afresh. */
	private boolean change(Supplier<V> change, String doneKey) {
		try {
			V fresh = change.get();
			Notifications.success(doneKey);
			changed.run();
			show(fresh);
			return true;
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.problem("review.conflict");
			changed.run();
			show(null);
			return false;
		}
		catch (RecordNotFoundException gone) {
			Notifications.problem(words.goneKey());
			return false;
		}
	}

	private void markSelectedReviewed() {
		Set<V> selected = grid.getSelectedItems();
		if (selected.isEmpty()) {
			Notifications.problem("entries.markSelected.none");
			return;
		}
		try {
			int count = reviewing.markReviewed().apply(selected.stream().map(ReviewedEntry::id).toList()).size();
			Notifications.success("entries.markSelected.done", count);
			grid.deselectAll();
			changed.run();
			show(null);
		}
		catch (RecordNotFoundException gone) {
			Notifications.problem(words.goneKey());
		}
	}

}
