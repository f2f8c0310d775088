package dev.harbor.homework.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.PracticeLogService;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Every practice logged for one assignment, newest first and loaded page by page: when it
 * happened and when it was entered (kept apart, without comment), distress before and
 * after, and the answers. A practice can be corrected or struck out, never deleted.
 */
class PracticeLogDialog extends Dialog {

	private final PracticeLogService practice;

	private final AssignmentView assignment;

	private final Grid<CompletionView> grid = new Grid<>();

	private final Runnable changed;

	private final Clock clock;

	PracticeLogDialog(PracticeLogService practice, AssignmentView assignment, Clock clock, Runnable changed) {
		this.practice = practice;
		this.assignment = assignment;
		this.changed = changed;
		this.clock = clock;
		setHeaderTitle(getTranslation("homework.log.title", assignment.text().name()));
		grid.addColumn(view -> Dates.shortDateTime(view.happenedAt()))
			.setHeader(getTranslation("homework.log.happened"))
			.setAutoWidth(true);
		grid.addColumn(CompletionView::minutes).setHeader(getTranslation("homework.log.minutes")).setAutoWidth(true);
		grid.addColumn(
				view -> getTranslation("homework.log.distressValue", view.distressBefore(), view.distressAfter()))
			.setHeader(getTranslation("homework.log.distress"))
			.setAutoWidth(true);
		grid.addComponentColumn(this::details).setHeader(getTranslation("homework.log.details")).setFlexGrow(1);
		grid.addComponentColumn(this::actions)
			.setKey("actions")
			.setHeader(getTranslation("homework.log.actions"))
			.setAutoWidth(true);
		grid.setPartNameGenerator(view -> view.struckOut() ? "struck" : null);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setItemsPageable(pageable -> practice.practiceLog(assignment.id(), pageable).getContent());
		grid.setEmptyStateText(getTranslation("homework.log.empty"));
		grid.setAllRowsVisible(false);
		grid.setHeight("60vh");
		add(grid);
		getFooter().add(new Button(getTranslation("action.close"), click -> close()));
		setWidth("min(64rem, 98vw)");
	}

	private Component details(CompletionView view) {
		Div details = new Div();
		details.addClassName("harbor-log-details");
		for (int i = 0; i < view.answers().size() && i < assignment.text().prompts().size(); i++) {
			if (!view.answers().get(i).isEmpty()) {
				details
					.add(new Div(new Span(assignment.text().prompts().get(i) + ": "), new Span(view.answers().get(i))));
			}
		}
		if (view.note() != null) {
			details.add(new Div(view.note()));
		}
		Div entered = new Div(getTranslation("homework.log.entered", view.enteredByName(),
				getTranslation(view.enteredBy().translationKey()), Dates.shortDateTime(view.enteredAt())));
		entered.addClassName("harbor-muted");
		details.add(entered);
		if (view.struckOut()) {
			Div struck = new Div(getTranslation("homework.log.struck", view.struckReason()));
			struck.addClassName("harbor-struck-reason");
			details.add(struck);
		}
		return details;
	}

	private Component actions(CompletionView view) {
		if (view.struckOut()) {
			return new Span();
		}
		Button correct = new Button(getTranslation("homework.log.correct"), click -> correct(view));
		correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		Button strike = new Button(getTranslation("homework.log.strike"), click -> strike(view));
		strike.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		Div actions = new Div(correct, strike);
		actions.addClassName("harbor-actions");
		return actions;
	}

	private void correct(CompletionView view) {
		new CompletionDialog(assignment, view, clock,
				corrected -> practice.correctCompletion(view.id(), view.version(), corrected),
				saved -> refresh("homework.practice.corrected"))
			.open();
	}

	private void strike(CompletionView view) {
		new ReasonDialog(reason -> {
			try {
				practice.strikeOutCompletion(view.id(), view.version(), reason);
				refresh("homework.strike.done");
				return true;
			}
			catch (OptimisticLockingFailureException conflict) {
				Notifications.problem("homework.practice.conflict");
				grid.getDataProvider().refreshAll();
				return true;
			}
		}).open();
	}

	private void refresh(String messageKey) {
		Notifications.success(messageKey);
		grid.getDataProvider().refreshAll();
		changed.run();
	}

}
