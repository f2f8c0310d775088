package dev.harbor.homework.ui;

import dev.harbor.common.ui.ScrollRegion;
import java.time.Clock;

import java.util.Comparator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientPaths;
import dev.harbor.client.ClientService;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.SessionInProgress;
import dev.harbor.homework.AssignmentStatus;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.ClientHomework;
import dev.harbor.homework.ExerciseLibraryService;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.PracticeLogService;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A client's homework: assign, then for each exercise see how it is going and do what a
 * session needs (log a practice, open the log, note a missed practice, pause, resume,
 * complete or stop). Distress before and after practice is charted week by week.
 */
class HomeworkTab extends Div {

	private final long clientId;

	private final HomeworkService homework;

	private final ExerciseLibraryService library;

	private final ClientService clients;

	private final PracticeLogService practice;

	private final Clock clock;

	private final Div content = new Div();

	HomeworkTab(long clientId, HomeworkService homework, PracticeLogService practice, ExerciseLibraryService library,
			ClientService clients, Clock clock) {
		this.clientId = clientId;
		this.homework = homework;
		this.practice = practice;
		this.library = library;
		this.clients = clients;
		this.clock = clock;
		addClassName("harbor-homework");
		Button assign = new Button(getTranslation("homework.assign"), VaadinIcon.PLUS.create(),
				click -> new AssignDialog(homework, library, clients, clock, null, clientId,
						SessionInProgress.of(clientId).map(SessionInProgress.Open::sessionId).orElse(null),
						id -> load())
					.open());
		assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div toolbar = new Div(new Paragraph(getTranslation("homework.intro")), assign);
		toolbar.addClassName("harbor-toolbar");
		add(toolbar);
		SessionInProgress.of(clientId)
			.ifPresent(open -> add(
					SessionInProgress.banner(open, "homework.inSession", ClientPaths.detail(clientId, "sessions"))));
		add(content);
		load();
	}

	private void load() {
		try {
			show(homework.clientHomework(clientId, Dates.today(clock)));
		}
		catch (ClientNotFoundException gone) {
			content.removeAll();
			content.add(new Paragraph(getTranslation("homework.gone")));
		}
	}

	private void show(ClientHomework data) {
		content.removeAll();
		if (data.assignments().isEmpty()) {
			content.add(new Paragraph(getTranslation("homework.none")));
			return;
		}
		Section chart = new Section(new H2(getTranslation("homework.chart.title")),
				ScrollRegion.around(new DistressChart(data.distress()), getTranslation("homework.chart.title")));
		chart.addClassNames("harbor-panel", "harbor-distress");
		content.add(chart);
		data.assignments()
			.stream()
			.sorted(Comparator.comparing((AssignmentView view) -> !AssignmentCard.isOpen(view)))
			.forEach(view -> content.add(new AssignmentCard(view, this::buttonsFor)));
	}

	private Component buttonsFor(AssignmentView view) {
		Div buttons = new Div();
		buttons.addClassName("harbor-actions");
		buttons.add(AssignmentCard.small(getTranslation("homework.action.log"), () -> logPractice(view)),
				AssignmentCard.small(getTranslation("homework.action.openLog"),
						() -> new PracticeLogDialog(practice, view, clock, this::load).open()));
		if (AssignmentCard.isOpen(view)) {
			buttons.add(AssignmentCard.small(getTranslation("homework.action.missed"),
					() -> new MissedPracticeDialog(practice, view, clock, missed -> {
						Notifications.success("homework.missed.done");
						load();
					}).open()));
			buttons.add(view.status() == AssignmentStatus.ACTIVE
					? status(view, AssignmentStatus.PAUSED, "homework.action.pause")
					: status(view, AssignmentStatus.ACTIVE, "homework.action.resume"));
			buttons.add(status(view, AssignmentStatus.COMPLETED, "homework.action.complete"),
					status(view, AssignmentStatus.STOPPED, "homework.action.stop"));
		}
		return buttons;
	}

	private void logPractice(AssignmentView view) {
		new CompletionDialog(view, null, clock, logged -> practice.recordCompletion(view.id(), logged), saved -> {
			Notifications.success("homework.practice.done");
			load();
		}).open();
	}

	/** Pause and resume happen at once; completing or stopping asks first. */
	private Button status(AssignmentView view, AssignmentStatus to, String labelKey) {
		Runnable change = () -> changeStatus(view, to);
		return AssignmentCard.small(getTranslation(labelKey), to.isOpen() ? change : () -> confirm(view, to, change));
	}

	private void confirm(AssignmentView view, AssignmentStatus to, Runnable change) {
		boolean completing = to == AssignmentStatus.COMPLETED;
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(
				getTranslation(completing ? "homework.confirm.complete" : "homework.confirm.stop", view.text().name()));
		dialog.setText(getTranslation("homework.confirm.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation(completing ? "homework.action.complete" : "homework.action.stop"));
		dialog.addConfirmListener(confirmed -> change.run());
		dialog.open();
	}

	private void changeStatus(AssignmentView view, AssignmentStatus to) {
		try {
			show(homework.changeStatus(view.id(), view.version(), to, Dates.today(clock)));
			Notifications.success(doneKey(to));
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.problem("homework.conflict");
			load();
		}
		catch (HomeworkNotFoundException | ClientNotFoundException gone) {
			Notifications.problem("homework.gone");
		}
	}

	private static String doneKey(AssignmentStatus status) {
		return switch (status) {
			case ACTIVE -> "homework.status.done.active";
			case PAUSED -> "homework.status.done.paused";
			case COMPLETED -> "homework.status.done.completed";
			case STOPPED -> "homework.status.done.stopped";
		};
	}

}
