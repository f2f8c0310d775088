package dev.harbor.homework.ui;

import dev.harbor.common.ui.ScrollRegion;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.common.ui.Dates;
import dev.harbor.homework.Adherence;
import dev.harbor.homework.AssignmentStatus;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.Rhythm;

/**
 * One assignment on the Homework tab: the plan, how it is going (planned versus done by
 * week, adherence, distress before and after, the last practice), the actions of a
 * session, its history, and what the client was given.
 */
class AssignmentCard extends Section {

	/** Weeks shown in the small table; the adherence figure covers the whole plan. */
	static final int WEEKS_SHOWN = 6;

	AssignmentCard(AssignmentView assignment, HomeworkActions actions) {
		addClassNames("harbor-panel", "harbor-assignment");
		getElement().setAttribute("data-assignment", String.valueOf(assignment.id()));
		add(header(assignment), new Paragraph(plan(assignment)), figures(assignment), weeks(assignment));
		if (assignment.personalNote() != null) {
			Paragraph note = new Paragraph(assignment.personalNote());
			note.addClassName("harbor-personal-note");
			add(note);
		}
		add(actions.buttonsFor(assignment), history(assignment), given(assignment));
	}

	private Component header(AssignmentView assignment) {
		Span status = new Span(getTranslation(assignment.status().translationKey()));
		status.addClassNames("harbor-status", "harbor-status-" + assignment.status().name().toLowerCase(Locale.ROOT));
		Div header = new Div(new H3(assignment.text().name()), status);
		if (assignment.overdue()) {
			Span quiet = new Span(getTranslation("homework.quiet"));
			quiet.addClassNames("harbor-status", "harbor-status-quiet");
			header.add(quiet);
		}
		header.addClassName("harbor-assignment-header");
		return header;
	}

	private String plan(AssignmentView assignment) {
		String minutes = assignment.progression() == null
				? getTranslation("homework.plan.minutes", assignment.currentTargetMinutes())
				: getTranslation("homework.plan.buildingUp", assignment.currentTargetMinutes(),
						assignment.progression().stepMinutes(), assignment.progression().capMinutes());
		String dates = assignment.end() == null
				? getTranslation("homework.plan.since", Dates.shortDate(assignment.start()))
				: getTranslation("homework.plan.between", Dates.shortDate(assignment.start()),
						Dates.shortDate(assignment.end()));
		return HomeworkWords.rhythm(assignment.rhythm()) + " · " + minutes + " · " + dates;
	}

	private Component figures(AssignmentView assignment) {
		Adherence.Summary adherence = assignment.adherence();
		boolean triggered = assignment.rhythm() instanceof Rhythm.WhenTriggered;
		Div row = new Div(
				triggered ? figure("homework.figure.practices", String.valueOf(assignment.practices()))
						: figure("homework.figure.adherence",
								adherence.percent().isPresent() ? getTranslation("homework.figure.percent",
										Math.round(adherence.percent().getAsDouble())) : "–"),
				triggered
						? figure("homework.figure.thisWeek",
								String.valueOf(adherence.weeks().isEmpty() ? 0 : adherence.weeks().getLast().done()))
						: figure("homework.figure.doneOfPlanned",
								getTranslation("homework.figure.ofPlanned",
										Math.min(countedDone(adherence), adherence.planned()), adherence.planned())),
				figure("homework.figure.distress",
						getTranslation("homework.figure.beforeAfter", HomeworkWords.decimal(assignment.averageBefore()),
								HomeworkWords.decimal(assignment.averageAfter()),
								HomeworkWords.signedDecimal(assignment.distressChange()))),
				figure("homework.figure.last",
						assignment.lastPractice() == null ? getTranslation("homework.figure.notYet")
								: Dates.shortDate(assignment.lastPractice().toLocalDate())));
		row.addClassName("harbor-figures");
		return row;
	}

	private static int countedDone(Adherence.Summary adherence) {
		return adherence.weeks().stream().mapToInt(Adherence.Week::counted).sum();
	}

	private Component figure(String labelKey, String value) {
		Div number = new Div(value);
		number.addClassName("harbor-figure-value");
		Div label = new Div(getTranslation(labelKey));
		label.addClassName("harbor-figure-label");
		Div figure = new Div(number, label);
		figure.addClassName("harbor-figure");
		figure.getElement().setAttribute("data-figure", labelKey);
		return figure;
	}

	/** Planned and done for the latest weeks, newest last. */
	private Component weeks(AssignmentView assignment) {
		List<Adherence.Week> weeks = assignment.adherence().weeks();
		List<Adherence.Week> shown = weeks.subList(Math.max(0, weeks.size() - WEEKS_SHOWN), weeks.size());
		if (shown.isEmpty()) {
			return new Paragraph(getTranslation("homework.weeks.none"));
		}
		NativeTable table = new NativeTable();
		table.addClassName("harbor-weeks");
		table.setCaptionText(getTranslation("homework.weeks.caption"));
		NativeTableRow head = table.getHead().addRow();
		head.addHeaderCell().setText(getTranslation("homework.weeks.week"));
		shown.forEach(week -> head.addHeaderCell().setText(Dates.shortDate(week.monday())));
		boolean triggered = assignment.rhythm() instanceof Rhythm.WhenTriggered;
		if (!triggered) {
			NativeTableRow planned = table.getBody().addRow();
			planned.addHeaderCell().setText(getTranslation("homework.weeks.planned"));
			shown.forEach(week -> planned.addDataCell().setText(String.valueOf(week.planned())));
		}
		NativeTableRow done = table.getBody().addRow();
		done.addHeaderCell().setText(getTranslation("homework.weeks.done"));
		shown.forEach(week -> done.addDataCell().setText(String.valueOf(week.done())));
		return ScrollRegion.around(table, getTranslation("homework.weeks.region", assignment.text().name()));
	}

	private Component history(AssignmentView assignment) {
		UnorderedList list = new UnorderedList();
		list.addClassName("harbor-history");
		assignment.history()
			.forEach(change -> list
				.add(new ListItem(getTranslation(historyKey(change.status()), Dates.shortDate(change.effectiveOn())))));
		assignment.missed()
			.forEach(missed -> list.add(new ListItem(getTranslation("homework.history.missed",
					Dates.shortDate(missed.missedOn()), getTranslation(missed.reason().translationKey()))
					+ (missed.note() == null ? "" : " · " + missed.note()))));
		Details details = new Details(getTranslation("homework.history.title"), list);
		details.addClassName("harbor-assignment-history");
		return details;
	}

	private static String historyKey(AssignmentStatus status) {
		return switch (status) {
			case ACTIVE -> "homework.history.active";
			case PAUSED -> "homework.history.paused";
			case COMPLETED -> "homework.history.completed";
			case STOPPED -> "homework.history.stopped";
		};
	}

	private Component given(AssignmentView assignment) {
		Details details = new Details(getTranslation("homework.given"), new ExercisePreview(assignment.text(), false));
		details.addClassName("harbor-assignment-given");
		return details;
	}

	/** What the tab offers for one assignment, depending on where it stands. */
	interface HomeworkActions {

		Component buttonsFor(AssignmentView assignment);

	}

	static Button small(String label, Runnable action) {
		Button button = new Button(label, click -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		return button;
	}

	static boolean isOpen(AssignmentView assignment) {
		return assignment.status() == AssignmentStatus.ACTIVE || assignment.status() == AssignmentStatus.PAUSED;
	}

}
