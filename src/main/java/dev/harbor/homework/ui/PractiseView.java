package dev.harbor.homework.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.PortalPage;
import dev.harbor.common.ui.Submit;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.MyHomework;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Practising one exercise now, on a phone: the steps one at a time, a gentle timer for
 * the planned minutes, the breathing pacer for a breathing exercise, and afterwards the
 * record: minutes, distress before and after, the exercise's own questions and a note.
 */
@Route("portal/practise/:assignment([0-9]{1,18})")
@RolesAllowed(Role.Names.CLIENT)
class PractiseView extends PortalPage implements BeforeEnterObserver {

	private static final String ASSIGNMENT = "assignment";

	private final MyPracticeService practice;

	private final Clock clock;

	private final Div steps = new Div();

	private final Div doing = new Div();

	private final Div record = new Div();

	private int step;

	private @Nullable PracticeTimer timer;

	PractiseView(MyPracticeService practice, Clock clock) {
		super("portal.practise.title");
		this.practice = practice;
		this.clock = clock;
		record.setVisible(false);
		add(doing, record);
	}

	static RouteParameters parameters(long assignmentId) {
		return new RouteParameters(ASSIGNMENT, Long.toString(assignmentId));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			long id = Long.parseLong(event.getRouteParameters().get(ASSIGNMENT).orElse(""));
			show(practice.myPlan(id));
		}
		catch (NumberFormatException | HomeworkNotFoundException notHere) {
			event.rerouteToError(NotFoundException.class);
		}
		catch (InvalidInputException notNow) {
			Notifications.problem(notNow.messageKey());
			event.forwardTo(ThisWeekView.class);
		}
	}

	private void show(MyHomework plan) {
		setHeading(plan.text().name());
		doing.removeAll();
		doing.addClassName("harbor-practise");
		if (!plan.text().purpose().isBlank()) {
			doing.add(new Paragraph(plan.text().purpose()));
		}
		if (plan.breathing() != null) {
			doing.add(new BreathingPacer(plan.breathing()));
		}
		steps.addClassName("harbor-portal-steps");
		steps.getElement().setAttribute("aria-live", "polite");
		doing.add(steps);
		showStep(plan.text().steps());
		PracticeTimer planned = new PracticeTimer(plan.targetMinutes(), clock);
		timer = planned;
		Button done = Submit.primary(getTranslation("portal.practise.done"), click -> showRecord(plan));
		done.addClassName("harbor-practise-done");
		doing.add(planned, done);
	}

	private void showStep(List<String> all) {
		steps.removeAll();
		if (all.isEmpty()) {
			return;
		}
		Paragraph where = new Paragraph(getTranslation("portal.practise.stepOf", step + 1, all.size()));
		where.addClassName("harbor-portal-step-number");
		Paragraph text = new Paragraph(all.get(step));
		text.addClassName("harbor-portal-step");
		Button back = new Button(getTranslation("portal.practise.back"), click -> {
			step--;
			showStep(all);
		});
		back.setEnabled(step > 0);
		Button next = new Button(getTranslation("portal.practise.next"), click -> {
			step++;
			showStep(all);
		});
		next.setEnabled(step < all.size() - 1);
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
		Div nav = new Div(back, next);
		nav.addClassName("harbor-actions");
		steps.add(where, text, nav);
	}

	private void showRecord(MyHomework plan) {
		PracticeTimer running = timer;
		int ran = 0;
		if (running != null) {
			running.stop();
			ran = running.minutesRan();
		}
		doing.setVisible(false);
		record.removeAll();
		PracticeForm form = new PracticeForm(plan.text().prompts(), plan.targetMinutes(), clock);
		form.inTheClientsOwnWords();
		if (ran > 0) {
			form.minutesDone(ran);
		}
		Button save = Submit.primary(getTranslation("portal.practise.save"), click -> form.submit(practised -> {
			practice.logPractice(plan.assignmentId(), practised);
			return plan;
		}).ifPresent(saved -> {
			Notifications.success("portal.practise.saved");
			getUI().ifPresent(ui -> ui.navigate(ThisWeekView.class));
		}));
		Button back = new Button(getTranslation("portal.practise.backToSteps"), click -> {
			record.setVisible(false);
			doing.setVisible(true);
		});
		Div actions = new Div(save, back);
		actions.addClassName("harbor-actions");
		record.add(new H2(getTranslation("portal.practise.recordTitle")),
				new Paragraph(getTranslation("portal.practise.recordIntro")), form, actions);
		record.setVisible(true);
	}

}
