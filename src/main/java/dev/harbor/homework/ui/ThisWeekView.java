package dev.harbor.homework.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.PortalPage;
import dev.harbor.homework.MyHomework;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The portal's first page: the practice planned for now, in the words the client was
 * given, their clinician's note, and how often they practised this week, said kindly. A
 * week without practice is just a week; there are no streaks, percentages or marks here.
 */
@Route("portal")
@RolesAllowed(Role.Names.CLIENT)
class ThisWeekView extends PortalPage {

	private final MyPracticeService practice;

	private final Clock clock;

	private final Div plans = new Div();

	ThisWeekView(MyPracticeService practice, Clock clock) {
		super("portal.week.title");
		this.practice = practice;
		this.clock = clock;
		plans.addClassName("harbor-portal-cards");
		add(new Paragraph(getTranslation("portal.week.intro")), plans);
		show();
	}

	private void show() {
		plans.removeAll();
		List<MyHomework> now = practice.thisWeek();
		if (now.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("portal.week.empty"));
			empty.addClassName("harbor-portal-empty");
			plans.add(empty);
			return;
		}
		now.forEach(plan -> plans.add(card(plan)));
	}

	private Component card(MyHomework plan) {
		Div card = new Div();
		card.addClassName("harbor-portal-card");
		card.add(new H2(plan.text().name()));
		if (!plan.text().purpose().isBlank()) {
			card.add(new Paragraph(plan.text().purpose()));
		}
		if (plan.personalNote() != null) {
			Paragraph note = new Paragraph(plan.personalNote());
			Div fromClinician = new Div(new Paragraph(getTranslation("portal.week.note")), note);
			fromClinician.addClassName("harbor-portal-note");
			card.add(fromClinician);
		}
		Paragraph count = new Paragraph(countText(plan.practisedThisWeek()));
		count.addClassName("harbor-portal-count");
		card.add(count);
		Button now = new Button(getTranslation("portal.week.practise"),
				click -> click.getSource()
					.getUI()
					.ifPresent(ui -> ui.navigate(PractiseView.class, PractiseView.parameters(plan.assignmentId()))));
		now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button notToday = new Button(getTranslation("portal.week.notToday"), click -> notToday(plan));
		notToday.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Div actions = new Div(now, notToday);
		actions.addClassName("harbor-actions");
		card.add(actions);
		return card;
	}

	private String countText(long practised) {
		if (practised == 0) {
			return getTranslation("portal.week.count.none");
		}
		return practised == 1 ? getTranslation("portal.week.count.one")
				: getTranslation("portal.week.count.many", practised);
	}

	private void notToday(MyHomework plan) {
		MissedPracticeDialog dialog = new MissedPracticeDialog(plan.text().name(), plan.start(), clock, missed -> {
			practice.couldNotPractise(plan.assignmentId(), missed.missedOn(), missed.reason(), missed.note());
			return plan;
		}, noted -> Notifications.success("portal.notToday.done"));
		dialog.inTheClientsOwnWords();
		dialog.open();
	}

}
