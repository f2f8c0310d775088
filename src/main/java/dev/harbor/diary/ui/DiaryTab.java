package dev.harbor.diary.ui;

import dev.harbor.common.ui.DateField;
import java.time.Clock;
import java.util.List;

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
import dev.harbor.client.ClientPaths;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.common.ui.EntryMarks;
import dev.harbor.common.ui.EntryReviewPane;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.common.ui.ReviewStateSelect;
import dev.harbor.common.ui.SessionInProgress;
import dev.harbor.diary.Behaviour;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryFilter;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.Need;
import dev.harbor.diary.ThinkingTrap;
import org.jspecify.annotations.Nullable;

/**
 * A client's trigger diary, for review in session: newest first, filters, a list that is
 * loaded page by page, and the chosen entry laid out to read. Moving through the list
 * with the arrow keys shows each entry in turn. Below, the patterns of a period.
 */
class DiaryTab extends Div {

	private final DiaryService diary;

	private final long clientId;

	private final ClientVisit visit;

	private final Clock clock;

	private final Grid<DiaryEntryView> grid = new Grid<>();

	private final EntryReviewPane<DiaryEntryView> pane;

	private final DatePicker from = new DateField();

	private final DatePicker to = new DateField();

	private final Select<Feeling> feeling = filter("diary.field.feelings", Feeling.values());

	private final Select<Need> need = filter("diary.field.needs", Need.values());

	private final Select<Behaviour> behaviour = filter("diary.field.behaviours", Behaviour.values());

	private final Select<ThinkingTrap> trap = filter("diary.field.traps", ThinkingTrap.values());

	private final Select<DiaryRelationship> relationship = filter("diary.field.relationship",
			DiaryRelationship.values());

	private final ReviewStateSelect reviewed = new ReviewStateSelect();

	private final Checkbox flaggedOnly = new Checkbox();

	DiaryTab(ClientVisit visit, DiaryService diary, Clock clock) {
		long clientId = visit.clientId();
		this.visit = visit;
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
		pane = new EntryReviewPane<>(grid, reviewing(), new EntryReviewPane.Words("diary.detail.choose", "diary.gone"),
				this::refresh);
		add(toolbar);
		SessionInProgress.of(clientId)
			.ifPresent(open -> add(
					SessionInProgress.banner(open, "diary.inSession", ClientPaths.detail(clientId, "sessions"))));
		add(filters(), pane, new DiaryPatternsPanel(diary, clientId, clock));
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

	private EntryReviewPane.Reviewing<DiaryEntryView> reviewing() {
		return new EntryReviewPane.Reviewing<>(this::review,
				(entry, flagged) -> diary.flag(entry.id(), entry.version(), flagged),
				(entry, text) -> diary.comment(entry.id(), entry.version(), text), this::detail);
	}

	private Component detail(DiaryEntryView entry, ReviewControls review) {
		Button correct = new Button(getTranslation("diary.correct"), click -> new DiaryEntryDialog(entry, clock,
				changed -> diary.correctEntry(entry.id(), entry.version(), changed), this::saved)
			.open());
		return new DiaryDetail(entry, review, correct);
	}

	private <T extends Translatable> Select<T> filter(String labelKey, T[] values) {
		Select<T> select = new Select<>();
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("entries.filter.any"));
		select.setItemLabelGenerator(
				value -> value == null ? getTranslation("entries.filter.any") : DiaryWords.label(value));
		select.addValueChangeListener(change -> refresh());
		return select;
	}

	private Component filters() {
		from.setLabel(getTranslation("patterns.from"));
		to.setLabel(getTranslation("patterns.to"));
		from.addValueChangeListener(change -> refresh());
		to.addValueChangeListener(change -> refresh());
		reviewed.addValueChangeListener(change -> refresh());
		flaggedOnly.setLabel(getTranslation("entries.filter.flagged"));
		flaggedOnly.addValueChangeListener(change -> refresh());
		Div filters = new Div(from, to, feeling, need, behaviour, trap, relationship, reviewed, flaggedOnly);
		filters.addClassName("harbor-filters");
		return filters;
	}

	private void configureGrid() {
		EntryMarks.addWhenColumn(grid, visit, DiaryEntryView::happenedAt);
		grid.addColumn(view -> view.entry().situation())
			.setHeader(getTranslation("diary.field.situation"))
			.setFlexGrow(3);
		grid.addColumn(view -> DiaryWords.feelings(view.feelings()))
			.setHeader(getTranslation("diary.field.feelings"))
			.setFlexGrow(2);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setPartNameGenerator(view -> view.reviewed() ? null : "waiting");
		grid.setEmptyStateText(getTranslation("diary.empty"));
		// Newest first by the query's own order; the columns do not sort.
		grid.setItemsPageable(pageable -> diary.diary(clientId, currentFilter(), pageable).getContent());
		grid.setHeight("28rem");
	}

	private DiaryFilter currentFilter() {
		return new DiaryFilter(from.getValue(), to.getValue(), feeling.getValue(), need.getValue(),
				behaviour.getValue(), trap.getValue(), relationship.getValue(), reviewed.getValue(),
				flaggedOnly.getValue());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
	}

	private void saved(DiaryEntryView saved) {
		Notifications.success("diary.saved");
		refresh();
		pane.show(saved);
	}

	private void newEntry() {
		new DiaryEntryDialog(null, clock, entry -> diary.recordEntry(clientId, entry), this::saved).open();
	}

}
