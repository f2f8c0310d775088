package dev.harbor.correctiveexperience.ui;

import dev.harbor.common.ui.DateField;
import dev.harbor.common.ui.ScrollRegion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import dev.harbor.client.ClientPaths;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.EntryMarks;
import dev.harbor.common.ui.EntryReviewPane;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.common.ui.ReviewStateSelect;
import dev.harbor.common.ui.SessionInProgress;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.ExperienceFilter;
import dev.harbor.correctiveexperience.ExperiencePatterns;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.correctiveexperience.Risk;
import org.jspecify.annotations.Nullable;

/**
 * A client's corrective experiences: what they feared against what happened, newest
 * first, the chosen one laid out to read, review, and the feared belief before versus
 * after over a period with its average drop.
 */
class ExperiencesTab extends Div {

	static final int DEFAULT_WEEKS = 26;

	private final CorrectiveExperienceService experiences;

	private final long clientId;

	private final ClientVisit visit;

	private final Clock clock;

	private final Grid<ExperienceView> grid = new Grid<>();

	private final EntryReviewPane<ExperienceView> pane;

	private final DatePicker from = new DateField();

	private final DatePicker to = new DateField();

	private final Div patterns = new Div();

	private final DatePicker listFrom = new DateField();

	private final DatePicker listTo = new DateField();

	private final Select<Risk> risk = new Select<>();

	private final ReviewStateSelect reviewed = new ReviewStateSelect();

	private final Checkbox flaggedOnly = new Checkbox();

	ExperiencesTab(ClientVisit visit, CorrectiveExperienceService experiences, Clock clock) {
		long clientId = visit.clientId();
		this.visit = visit;
		this.experiences = experiences;
		this.clientId = clientId;
		this.clock = clock;
		addClassName("harbor-experiences");
		Button add = new Button(getTranslation("experience.new"), VaadinIcon.PLUS.create(), click -> newExperience());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div toolbar = new Div(new Paragraph(getTranslation("experience.intro")), add);
		toolbar.addClassName("harbor-toolbar");
		configureGrid();
		pane = new EntryReviewPane<>(grid, reviewing(),
				new EntryReviewPane.Words("experience.detail.choose", "experience.gone"), this::refresh);
		add(toolbar);
		SessionInProgress.of(clientId)
			.ifPresent(open -> add(
					SessionInProgress.banner(open, "experience.inSession", ClientPaths.detail(clientId, "sessions"))));
		add(filters(), pane, patternsPanel());
	}

	/**
	 * Marks experiences reviewed; while a session with the client is open, they are
	 * linked to it.
	 */
	private List<ExperienceView> review(List<Long> experienceIds) {
		return SessionInProgress.of(clientId)
			.map(open -> experiences.markReviewedInSession(clientId, open.sessionId(), experienceIds))
			.orElseGet(() -> experiences.markReviewed(clientId, experienceIds));
	}

	private EntryReviewPane.Reviewing<ExperienceView> reviewing() {
		return new EntryReviewPane.Reviewing<>(this::review,
				(experience, flagged) -> experiences.flag(experience.id(), experience.version(), flagged),
				(experience, text) -> experiences.comment(experience.id(), experience.version(), text), this::detail);
	}

	private Component detail(ExperienceView experience, ReviewControls review) {
		Button correct = new Button(getTranslation("experience.correct"),
				click -> new ExperienceDialog(experience, clock,
						changed -> experiences.correctExperience(experience.id(), experience.version(), changed),
						this::saved)
					.open());
		return new ExperienceDetail(experience, review, correct);
	}

	private Div filters() {
		listFrom.setLabel(getTranslation("patterns.from"));
		listTo.setLabel(getTranslation("patterns.to"));
		risk.setLabel(getTranslation("experience.field.risk"));
		risk.setItems(Risk.values());
		risk.setEmptySelectionAllowed(true);
		risk.setEmptySelectionCaption(getTranslation("entries.filter.any"));
		risk.setItemLabelGenerator(
				value -> value == null ? getTranslation("entries.filter.any") : ExperienceWords.label(value));
		flaggedOnly.setLabel(getTranslation("entries.filter.flagged"));
		listFrom.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		listTo.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		risk.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		reviewed.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		flaggedOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		Div filters = new Div(listFrom, listTo, risk, reviewed, flaggedOnly);
		filters.addClassName("harbor-filters");
		return filters;
	}

	private ExperienceFilter currentFilter() {
		return new ExperienceFilter(listFrom.getValue(), listTo.getValue(), risk.getValue(), reviewed.getValue(),
				flaggedOnly.getValue());
	}

	private void configureGrid() {
		EntryMarks.addWhenColumn(grid, visit, ExperienceView::happenedAt);
		grid.addColumn(view -> ExperienceWords.label(view.experience().risk()))
			.setHeader(getTranslation("experience.field.risk"))
			.setFlexGrow(1);
		grid.addColumn(view -> view.experience().feared())
			.setHeader(getTranslation("experience.field.feared"))
			.setFlexGrow(2);
		grid.addColumn(view -> getTranslation("experience.column.beliefValue", view.experience().beliefBefore(),
				view.experience().beliefAfter()))
			.setHeader(getTranslation("experience.column.belief"))
			.setAutoWidth(true);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setEmptyStateText(getTranslation("experience.empty"));
		// Newest first by the query's own order; the columns do not sort.
		grid.setItemsPageable(pageable -> experiences.experiences(clientId, currentFilter(), pageable).getContent());
		grid.setHeight("22rem");
	}

	private Section patternsPanel() {
		LocalDate today = Dates.today(clock);
		from.setLabel(getTranslation("patterns.from"));
		to.setLabel(getTranslation("patterns.to"));
		from.setValue(today.minusWeeks(DEFAULT_WEEKS));
		to.setValue(today);
		from.addValueChangeListener(change -> showPatterns());
		to.addValueChangeListener(change -> showPatterns());
		Div period = new Div(from, to);
		period.addClassName("harbor-toolbar");
		Section section = new Section(new H2(getTranslation("experience.patterns.title")), period, patterns);
		section.addClassNames("harbor-panel", "harbor-patterns");
		showPatterns();
		return section;
	}

	private void showPatterns() {
		patterns.removeAll();
		if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
			patterns.add(new Paragraph(getTranslation("patterns.period.invalid")));
			return;
		}
		ExperiencePatterns found = experiences.patterns(clientId, from.getValue(), to.getValue());
		if (found.changes().isEmpty()) {
			patterns.add(new Paragraph(getTranslation("experience.patterns.none")));
			return;
		}
		Paragraph drop = new Paragraph(getTranslation("experience.patterns.drop", found.beliefChangeArguments()));
		drop.addClassName("harbor-lead");
		patterns.add(drop, ScrollRegion.around(new BeliefChart(found.changes()), drop.getText()));
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
		showPatterns();
	}

	private void saved(ExperienceView saved) {
		Notifications.success("experience.saved");
		refresh();
		pane.show(saved);
	}

	private void newExperience() {
		new ExperienceDialog(null, clock, experience -> experiences.recordExperience(clientId, experience), this::saved)
			.open();
	}

}
