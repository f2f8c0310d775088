package dev.harbor.diary.ui;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientPaths;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.common.ui.ReviewStateSelect;
import dev.harbor.common.ui.SessionInProgress;
import dev.harbor.common.ui.SelectionColumn;
import dev.harbor.diary.Behaviour;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryFilter;
import dev.harbor.diary.DiaryNotFoundException;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.Need;
import dev.harbor.diary.ThinkingTrap;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/**
 * A client's trigger diary, for review in session: newest first, filters, a list that is
 * loaded page by page, and the chosen entry laid out to read. Moving through the list
 * with the arrow keys shows each entry in turn. Below, the patterns of a period.
 */
class DiaryTab extends Div {

	private final DiaryService diary;

	private final long clientId;

	private final Clock clock;

	private final Grid<DiaryEntryView> grid = new Grid<>();

	private final Div detail = new Div();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Select<Feeling> feeling = filter("diary.field.feelings", Feeling.values());

	private final Select<Need> need = filter("diary.field.needs", Need.values());

	private final Select<Behaviour> behaviour = filter("diary.field.behaviours", Behaviour.values());

	private final Select<ThinkingTrap> trap = filter("diary.field.traps", ThinkingTrap.values());

	private final Select<DiaryRelationship> relationship = filter("diary.field.relationship",
			DiaryRelationship.values());

	private final ReviewStateSelect reviewed = new ReviewStateSelect();

	private final Checkbox flaggedOnly = new Checkbox();

	DiaryTab(long clientId, DiaryService diary, Clock clock) {
		this.diary = diary;
		this.clientId = clientId;
		this.clock = clock;
		addClassName("harbor-diary");
		Button add = new Button(getTranslation("diary.new"), VaadinIcon.PLUS.create(), click -> newEntry());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button importFile = new Button(getTranslation("diary.import"), VaadinIcon.UPLOAD.create(),
				click -> new ImportDialog(diary, clientId, this::refresh).open());
		Div toolbar = new Div(new Paragraph(getTranslation("diary.intro")), add, importFile);
		toolbar.addClassName("harbor-toolbar");
		configureGrid();
		Button markReviewed = new Button(getTranslation("diary.markSelected"), VaadinIcon.CHECK.create(),
				click -> markSelectedReviewed());
		detail.addClassName("harbor-entry-side");
		showDetail(null);
		Div list = new Div(markReviewed, grid);
		list.addClassName("harbor-entry-list");
		Div review = new Div(list, detail);
		review.addClassName("harbor-review-layout");
		add(toolbar);
		SessionInProgress.of(clientId)
			.ifPresent(open -> add(
					SessionInProgress.banner(open, "diary.inSession", ClientPaths.detail(clientId, "sessions"))));
		add(filters(), review, new DiaryPatternsPanel(diary, clientId, clock));
	}

	/**
	 * Marks entries reviewed; while a session with the client is open, they are linked to
	 * it.
	 */
	private List<DiaryEntryView> review(List<Long> entryIds) {
		return SessionInProgress.of(clientId)
			.map(open -> diary.markReviewedInSession(clientId, open.sessionId(), entryIds))
			.orElseGet(() -> diary.markReviewed(clientId, entryIds));
	}

	private <T extends Translatable> Select<T> filter(String labelKey, T[] values) {
		Select<T> select = new Select<>();
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("diary.filter.any"));
		select.setItemLabelGenerator(
				value -> value == null ? getTranslation("diary.filter.any") : DiaryWords.label(value));
		select.addValueChangeListener(change -> refresh());
		return select;
	}

	private Component filters() {
		from.setLabel(getTranslation("patterns.from"));
		to.setLabel(getTranslation("patterns.to"));
		from.addValueChangeListener(change -> refresh());
		to.addValueChangeListener(change -> refresh());
		reviewed.addValueChangeListener(change -> refresh());
		flaggedOnly.setLabel(getTranslation("diary.filter.flagged"));
		flaggedOnly.addValueChangeListener(change -> refresh());
		Div filters = new Div(from, to, feeling, need, behaviour, trap, relationship, reviewed, flaggedOnly);
		filters.addClassName("harbor-filters");
		return filters;
	}

	private void configureGrid() {
		grid.setSelectionMode(Grid.SelectionMode.MULTI);
		SelectionColumn.name(grid, "review.select.column");
		grid.addColumn(view -> Dates.shortDateTime(view.happenedAt()))
			.setHeader(getTranslation("diary.column.when"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(view -> view.entry().situation())
			.setHeader(getTranslation("diary.field.situation"))
			.setFlexGrow(3);
		grid.addColumn(view -> DiaryWords.feelings(view.feelings()))
			.setHeader(getTranslation("diary.field.feelings"))
			.setFlexGrow(2);
		grid.addColumn(this::reviewState).setHeader(getTranslation("diary.column.review")).setFlexGrow(1);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setPartNameGenerator(view -> view.reviewed() ? null : "waiting");
		grid.setEmptyStateText(getTranslation("diary.empty"));
		grid.setItems(
				query -> diary.diary(clientId, currentFilter(), PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
		grid.addItemClickListener(click -> showDetail(click.getItem()));
		grid.addCellFocusListener(focus -> focus.getItem().ifPresent(this::showDetail));
		grid.setHeight("28rem");
	}

	private String reviewState(DiaryEntryView view) {
		String state = getTranslation(view.reviewedInSession() != null ? "review.state.inSession"
				: view.reviewed() ? "review.state.reviewed" : "review.state.waiting");
		return view.flagged() ? state + " · " + getTranslation("review.flagged") : state;
	}

	private DiaryFilter currentFilter() {
		return new DiaryFilter(from.getValue(), to.getValue(), feeling.getValue(), need.getValue(),
				behaviour.getValue(), trap.getValue(), relationship.getValue(), reviewed.getValue(),
				flaggedOnly.getValue());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
	}

	private void showDetail(@Nullable DiaryEntryView view) {
		detail.removeAll();
		if (view == null) {
			detail.add(new Paragraph(getTranslation("diary.detail.choose")));
			return;
		}
		ReviewControls review = new ReviewControls(view.reviewed(), view.flagged(), view.comment(),
				new ReviewControls.Actions() {
					@Override
					public boolean markReviewed() {
						return change(() -> review(List.of(view.id())).getFirst(), view, "review.done");
					}

					@Override
					public boolean flag(boolean flagged) {
						return change(() -> diary.flag(view.id(), view.version(), flagged), view,
								flagged ? "review.flag.done" : "review.unflag.done");
					}

					@Override
					public boolean comment(@Nullable String text) {
						return change(() -> diary.comment(view.id(), view.version(), text), view,
								"review.comment.done");
					}
				});
		Button correct = new Button(getTranslation("diary.correct"), click -> new DiaryEntryDialog(view, clock,
				entry -> diary.correctEntry(view.id(), view.version(), entry), saved -> {
					Notifications.success("diary.saved");
					refresh();
					showDetail(saved);
				})
			.open());
		detail.add(new DiaryDetail(view, review, correct));
	}

	/** Runs one review change, then shows the entry afresh. */
	private boolean change(Supplier<DiaryEntryView> change, DiaryEntryView view, String doneKey) {
		try {
			DiaryEntryView fresh = change.get();
			Notifications.success(doneKey);
			refresh();
			showDetail(fresh);
			return true;
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.problem("review.conflict");
			refresh();
			showDetail(null);
			return false;
		}
		catch (DiaryNotFoundException | ClientNotFoundException gone) {
			Notifications.problem("diary.gone");
			return false;
		}
	}

	private void markSelectedReviewed() {
		Set<DiaryEntryView> selected = grid.getSelectedItems();
		if (selected.isEmpty()) {
			Notifications.problem("diary.markSelected.none");
			return;
		}
		try {
			int count = review(selected.stream().map(DiaryEntryView::id).toList()).size();
			Notifications.success("diary.markSelected.done", count);
			grid.deselectAll();
			refresh();
			showDetail(null);
		}
		catch (DiaryNotFoundException | ClientNotFoundException gone) {
			Notifications.problem("diary.gone");
		}
	}

	private void newEntry() {
		new DiaryEntryDialog(null, clock, entry -> diary.recordEntry(clientId, entry), saved -> {
			Notifications.success("diary.saved");
			refresh();
			showDetail(saved);
		}).open();
	}

}
