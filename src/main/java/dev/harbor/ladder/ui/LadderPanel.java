package dev.harbor.ladder.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.harbor.client.ClientPaths;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.RecordNotFoundException;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.EntryMarks;
import dev.harbor.common.ui.EntryReviewPane;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.common.ui.ScrollRegion;
import dev.harbor.common.ui.SessionInProgress;
import dev.harbor.common.ui.Submit;
import dev.harbor.ladder.AttemptPoint;
import dev.harbor.ladder.AttemptView;
import dev.harbor.ladder.LadderChangeView;
import dev.harbor.ladder.LadderRules;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.StepView;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One ladder at a glance: the goal and the client's scale, the steps in order with how
 * often each was tried and how often the fear came true, the step the client is on now, a
 * suggestion when a step looks ready for the next (offered, never applied), the chosen
 * step's attempts as a chart, the attempts to review, and the ladder's history.
 */
class LadderPanel extends Div {

	private final ClientVisit visit;

	private final LadderView ladder;

	private final LadderService ladders;

	private final Clock clock;

	private final Consumer<LadderView> changed;

	private final Grid<StepView> steps = new Grid<>();

	private final Div chart = new Div();

	private final Grid<AttemptView> attempts = new Grid<>();

	/**
	 * @param changed shows the ladder afresh after a change (the list of ladders too)
	 */
	LadderPanel(ClientVisit visit, LadderView ladder, LadderService ladders, Clock clock,
			Consumer<LadderView> changed) {
		this.visit = visit;
		this.ladder = ladder;
		this.ladders = ladders;
		this.clock = clock;
		this.changed = changed;
		addClassName("harbor-ladder");
		getElement().setAttribute("data-ladder", String.valueOf(ladder.id()));
		Section overview = new Section(head(), new ScaleAnchors(ladder.anchors(), false));
		overview.addClassNames("harbor-panel");
		add(overview);
		suggestion().ifPresent(this::add);
		add(stepsSection(), attemptsSection(), historySection());
	}

	private Component head() {
		H2 goal = new H2(ladder.goal());
		Span kind = new Span(LadderWords.label(ladder.kind()));
		kind.addClassName("harbor-muted");
		Div head = new Div(goal, kind);
		head.addClassName("harbor-ladder-head");
		Div actions = new Div();
		actions.addClassName("harbor-actions");
		if (ladder.setAside()) {
			actions.add(new Paragraph(getTranslation("ladder.asideSince", Dates.shortDate(ladder.setAsideAt()))),
					new Button(getTranslation("ladder.takeBack"),
							click -> act(() -> ladders.setLadderAside(ladder.id(), ladder.version(), false),
									"ladder.takenBack")));
		}
		else {
			actions.add(new Button(getTranslation("ladder.describe"), VaadinIcon.EDIT.create(), click -> describe()),
					new Button(getTranslation("ladder.keep"), click -> keepAsTemplate()), setAside());
		}
		return new Div(head, new Paragraph(getTranslation("ladder.pace")), actions);
	}

	private Button setAside() {
		Button aside = new Button(getTranslation("ladder.setAside"),
				click -> act(() -> ladders.setLadderAside(ladder.id(), ladder.version(), true),
						"ladder.setAside.done"));
		aside.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return aside;
	}

	/** "Ready to try the next step?", with the reason; the clinician decides. */
	private java.util.Optional<Component> suggestion() {
		if (ladder.readyStepId() == null) {
			return java.util.Optional.empty();
		}
		StepView ready = ladder.step(ladder.readyStepId()).orElseThrow();
		return ladder.nextAfter(ready.id()).map(next -> {
			Div offer = new Div();
			offer.addClassName("harbor-ladder-suggestion");
			offer.getElement().setAttribute("role", "status");
			Button tryNext = new Button(getTranslation("ladder.suggestion.accept", next.position()),
					click -> act(() -> ladders.nowOn(ladder.id(), ladder.version(), next.id()), "ladder.nowOn.done"));
			tryNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button notYet = new Button(getTranslation("ladder.suggestion.notYet"), click -> offer.setVisible(false));
			Div buttons = new Div(tryNext, notYet);
			buttons.addClassName("harbor-actions");
			offer.add(new Paragraph(getTranslation("ladder.suggestion", ready.position(), next.position())), buttons);
			return offer;
		});
	}

	private Section stepsSection() {
		steps.addColumn(LitRenderer.<StepView>of(
				"""
						<span>${item.position}</span>${item.now ? html`<span class="harbor-step-now">${item.now}</span>` : ''}""")
			.withProperty("position", StepView::position)
			.withProperty("now",
					step -> ladder.currentStepId() != null && step.id() == ladder.currentStepId()
							? getTranslation("ladder.step.now") : ""))
			.setHeader(getTranslation("ladder.step.column.position"))
			.setKey("position")
			.setAutoWidth(true)
			.setFlexGrow(0);
		steps.addColumn(step -> LadderWords.what(step.step()))
			.setHeader(getTranslation("ladder.step.column.what"))
			.setKey("what")
			.setFlexGrow(3);
		steps.addColumn(step -> getTranslation("ladder.step.fear", step.step().feared(), step.step().likelihood()))
			.setHeader(getTranslation("ladder.step.column.fear"))
			.setKey("fear")
			.setFlexGrow(3);
		steps.addColumn(step -> step.step().predictedDistress())
			.setHeader(getTranslation("ladder.step.column.predicted"))
			.setKey("predicted")
			.setAutoWidth(true)
			.setFlexGrow(0);
		steps.addColumn(this::tried)
			.setHeader(getTranslation("ladder.step.column.tried"))
			.setKey("tried")
			.setFlexGrow(2);
		steps.setItems(ladder.steps());
		steps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		steps.addClassName("harbor-steps-grid");
		steps.setPartNameGenerator(step -> step.setAside() ? "struck" : null);
		steps.setAllRowsVisible(true);
		steps.setEmptyStateText(getTranslation("ladder.steps.empty"));
		steps.getElement().setAttribute("aria-label", getTranslation("ladder.steps.heading"));
		Div actions = new Div();
		actions.addClassName("harbor-actions");
		if (!ladder.setAside()) {
			actions.add(stepActions());
		}
		steps.asSingleSelect().addValueChangeListener(change -> showChart(change.getValue()));
		StepView start = ladder.currentStep().orElse(ladder.steps().isEmpty() ? null : ladder.steps().getFirst());
		if (start != null) {
			steps.select(start);
		}
		showChart(start);
		Section section = new Section(new H2(getTranslation("ladder.steps.heading")),
				new Paragraph(getTranslation("ladder.steps.intro")), actions, steps, chart);
		section.addClassNames("harbor-panel", "harbor-ladder-steps");
		return section;
	}

	private String tried(StepView step) {
		String tried = step.attempts() == 0 ? getTranslation("ladder.step.notTried")
				: getTranslation("ladder.step.tried", step.attempts(), step.fearedHappened());
		return step.setAside() ? tried + " \u00B7 " + getTranslation("ladder.step.aside") : tried;
	}

	private Component[] stepActions() {
		Button add = new Button(getTranslation("ladder.step.add"), VaadinIcon.PLUS.create(),
				click -> new FormDialog<>("ladder.step.add.title", new StepForm(),
						step -> ladders.addStep(ladder.id(), ladder.version(), step), this::savedStep)
					.open());
		add.setEnabled(ladder.steps().stream().filter(step -> !step.setAside()).count() < LadderRules.MAX_STEPS);
		Button change = new Button(getTranslation("ladder.step.change"), VaadinIcon.EDIT.create(),
				click -> chosen().ifPresent(step -> {
					StepForm form = new StepForm();
					form.show(step.step());
					new FormDialog<>("ladder.step.change.title", form,
							words -> ladders.changeStep(step.id(), step.version(), words), this::savedStep)
						.open();
				}));
		Button down = new Button(getTranslation("ladder.step.down"), VaadinIcon.ARROW_DOWN.create(), click -> chosen()
			.ifPresent(step -> act(() -> ladders.moveStep(step.id(), step.version(), false), "ladder.step.moved")));
		Button up = new Button(getTranslation("ladder.step.up"), VaadinIcon.ARROW_UP.create(), click -> chosen()
			.ifPresent(step -> act(() -> ladders.moveStep(step.id(), step.version(), true), "ladder.step.moved")));
		Button split = new Button(getTranslation("ladder.step.split"), click -> chosen()
			.ifPresent(step -> act(() -> ladders.splitStep(step.id(), step.version()), "ladder.step.splitDone")));
		Button aside = new Button(getTranslation("ladder.step.setAside"),
				click -> chosen()
					.ifPresent(step -> act(() -> ladders.setStepAside(step.id(), step.version(), !step.setAside()),
							step.setAside() ? "ladder.step.back" : "ladder.step.asideDone")));
		Button nowOn = new Button(getTranslation("ladder.step.nowOn"), VaadinIcon.FLAG.create(), click -> chosen()
			.ifPresent(
					step -> act(() -> ladders.nowOn(ladder.id(), ladder.version(), step.id()), "ladder.nowOn.done")));
		steps.asSingleSelect().addValueChangeListener(selected -> {
			StepView step = selected.getValue();
			aside.setText(
					getTranslation(step != null && step.setAside() ? "ladder.step.takeBack" : "ladder.step.setAside"));
			nowOn.setEnabled(step == null || !step.setAside());
		});
		return new Component[] { add, change, up, down, split, aside, nowOn };
	}

	private java.util.Optional<StepView> chosen() {
		StepView step = steps.asSingleSelect().getValue();
		if (step == null) {
			Notifications.problem("ladder.step.choose");
		}
		return java.util.Optional.ofNullable(step);
	}

	private void showChart(@Nullable StepView step) {
		chart.removeAll();
		if (step == null) {
			return;
		}
		List<AttemptPoint> points = ladder.pointsOf(step.id());
		H3 title = new H3(getTranslation("ladder.chart.title", step.position()));
		Paragraph fear = new Paragraph(getTranslation("ladder.chart.fear", LadderWords.what(step.step()),
				step.step().feared(), step.step().likelihood()));
		Paragraph summary = new Paragraph(points.isEmpty() ? getTranslation("ladder.chart.empty") : getTranslation(
				"ladder.chart.happened", points.size(),
				points.stream().filter(point -> point.fearedHappened() != dev.harbor.ladder.FearedOutcome.NO).count()));
		summary.addClassName("harbor-lead");
		chart.add(title, fear, summary);
		if (!points.isEmpty()) {
			chart.add(ScrollRegion.around(new StepChart(points), title.getText()));
		}
	}

	private Section attemptsSection() {
		EntryMarks.addWhenColumn(attempts, visit, AttemptView::happenedAt);
		attempts
			.addColumn(attempt -> ladder.step(attempt.attempt().stepId())
				.map(step -> getTranslation("ladder.step.short", step.position()))
				.orElse(""))
			.setHeader(getTranslation("ladder.attempt.column.step"))
			.setKey("step")
			.setAutoWidth(true);
		attempts
			.addColumn(attempt -> getTranslation("ladder.attempt.distress", attempt.attempt().predictedDistress(),
					attempt.attempt().peakDistress(), attempt.attempt().endDistress()))
			.setHeader(getTranslation("ladder.attempt.column.distress"))
			.setKey("distress")
			.setAutoWidth(true);
		attempts.addColumn(attempt -> LadderWords.label(attempt.attempt().fearedHappened()))
			.setHeader(getTranslation("ladder.attempt.column.feared"))
			.setKey("feared")
			.setAutoWidth(true);
		attempts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		attempts.setEmptyStateText(getTranslation("ladder.attempts.empty"));
		attempts.setItemsPageable(pageable -> ladders.attempts(ladder.id(), pageable).getContent());
		attempts.setHeight("20rem");
		EntryReviewPane<AttemptView> pane = new EntryReviewPane<>(attempts,
				new EntryReviewPane.Reviewing<>(this::review,
						(attempt, flagged) -> ladders.flag(attempt.id(), attempt.version(), flagged),
						(attempt, text) -> ladders.comment(attempt.id(), attempt.version(), text), this::detail),
				new EntryReviewPane.Words("ladder.attempt.choose", "ladder.gone"),
				() -> attempts.getDataProvider().refreshAll());
		Div toolbar = new Div(new Paragraph(getTranslation("ladder.attempts.intro")));
		toolbar.addClassName("harbor-toolbar");
		if (!ladder.setAside() && !ladder.steps().isEmpty()) {
			Button log = new Button(getTranslation("ladder.attempt.new"), VaadinIcon.PLUS.create(),
					click -> attemptDialog(null));
			log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			toolbar.add(log);
		}
		Section section = new Section(new H2(getTranslation("ladder.attempts.heading")), toolbar);
		SessionInProgress.of(visit.clientId())
			.ifPresent(open -> section.add(SessionInProgress.banner(open, "ladder.inSession",
					ClientPaths.detail(visit.clientId(), "sessions"))));
		section.add(pane);
		section.addClassName("harbor-ladder-attempts");
		return section;
	}

	private List<AttemptView> review(List<Long> ids) {
		return SessionInProgress.of(visit.clientId())
			.map(open -> ladders.markReviewedInSession(visit.clientId(), open.sessionId(), ids))
			.orElseGet(() -> ladders.markReviewed(visit.clientId(), ids));
	}

	private Component detail(AttemptView attempt, ReviewControls review) {
		Button correct = new Button(getTranslation("ladder.attempt.correct"), click -> attemptDialog(attempt));
		return new AttemptDetail(attempt, ladder, review, correct);
	}

	private void attemptDialog(@Nullable AttemptView existing) {
		List<StepView> inUse = ladder.steps().stream().filter(step -> !step.setAside()).toList();
		AttemptForm form = new AttemptForm(clock, inUse, ladder.currentStep().orElse(null), ladder.anchors(), false);
		if (existing != null) {
			form.show(existing.attempt());
		}
		new FormDialog<>(existing == null ? "ladder.attempt.new.title" : "ladder.attempt.correct.title", form,
				attempt -> existing == null ? ladders.logAttempt(ladder.id(), attempt)
						: ladders.correctAttempt(existing.id(), existing.version(), attempt),
				saved -> {
					Notifications.success("ladder.attempt.saved");
					changed.accept(ladder);
				})
			.open();
	}

	private Details historySection() {
		Div content = new Div();
		Details history = new Details(getTranslation("ladder.history"), content);
		history.addClassName("harbor-ladder-history");
		history.addOpenedChangeListener(opened -> {
			if (opened.isOpened() && content.getComponentCount() == 0) {
				UnorderedList list = new UnorderedList();
				for (LadderChangeView change : ladders.history(ladder.id())) {
					list.add(new ListItem(historyLine(change)));
				}
				content.add(list);
			}
		});
		return history;
	}

	private String historyLine(LadderChangeView change) {
		String what = change.step() == null
				? getTranslation("ladder.history." + change.what().toLowerCase(java.util.Locale.ROOT))
				: getTranslation("ladder.history." + change.what().toLowerCase(java.util.Locale.ROOT),
						change.position(), LadderWords.what(change.step()), change.step().feared(),
						change.step().likelihood(), change.step().predictedDistress());
		return getTranslation("ladder.history.line", Dates.shortDateTime(change.changedAt()), change.changedByName(),
				what);
	}

	private void keepAsTemplate() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("ladder.keep.title"));
		TextField name = new TextField(getTranslation("ladder.keep.name"));
		name.setMaxLength(LadderRules.NAME_MAX);
		name.setWidthFull();
		Checkbox shared = new Checkbox(getTranslation("ladder.keep.shared"));
		Paragraph about = new Paragraph(getTranslation("ladder.keep.intro"));
		dialog.add(about, name, shared);
		Button save = Submit.primary(getTranslation("action.save"), click -> {
			try {
				ladders.keepAsTemplate(ladder.id(), name.getValue(), shared.getValue());
				dialog.close();
				Notifications.success("ladder.keep.done");
			}
			catch (InvalidInputException refused) {
				name.setErrorMessage(getTranslation(refused.messageKey()));
				name.setInvalid(true);
			}
		});
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
		dialog.setWidth("min(32rem, 98vw)");
		dialog.open();
	}

	private void describe() {
		DescribeForm form = new DescribeForm();
		form.show(DescribeForm.Description.of(ladder));
		new FormDialog<>("ladder.describe.title", form, description -> ladders.describe(ladder.id(), ladder.version(),
				description.goal(), description.anchors()), saved -> {
					Notifications.success("ladder.describe.done");
					changed.accept(saved);
				})
			.open();
	}

	private void savedStep(LadderView saved) {
		Notifications.success("ladder.step.saved");
		changed.accept(saved);
	}

	/**
	 * Runs one change to the ladder, then shows it afresh; a refusal or a conflict is
	 * said.
	 */
	private void act(Supplier<LadderView> change, String doneKey) {
		try {
			LadderView fresh = change.get();
			Notifications.success(doneKey);
			changed.accept(fresh);
		}
		catch (InvalidInputException refused) {
			Notifications.problem(refused.messageKey());
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.problem("ladder.conflict");
			changed.accept(ladder);
		}
		catch (RecordNotFoundException gone) {
			Notifications.problem("ladder.gone");
		}
	}

}
