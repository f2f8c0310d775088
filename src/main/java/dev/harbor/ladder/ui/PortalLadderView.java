package dev.harbor.ladder.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.PortalPage;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.MyAttempt;
import dev.harbor.ladder.MyLadderService;
import dev.harbor.ladder.StepView;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

/**
 * The client's ladder in the portal: the goal in their words, the step they are on now
 * with what they fear and how likely it feels, their own scale, the steps in order, and
 * what they logged. No marks, no progress bar: trying a step again or going back one is
 * part of the work.
 */
@Route(PortalLadderView.PATH)
@RolesAllowed(Role.Names.CLIENT)
class PortalLadderView extends PortalPage {

	static final String PATH = "portal/ladder";

	static final int SHOWN = 10;

	PortalLadderView(MyLadderService ladders) {
		super("portal.ladder.title");
		List<LadderView> mine = ladders.myLadders();
		add(new Paragraph(getTranslation("portal.ladder.intro")));
		if (mine.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("portal.ladder.none"));
			none.addClassName("harbor-portal-empty");
			add(none);
			return;
		}
		Div cards = new Div();
		cards.addClassName("harbor-portal-cards");
		mine.forEach(ladder -> cards.add(card(ladder)));
		add(cards, logged(ladders.myAttempts(PageRequest.of(0, SHOWN)).getContent(), mine));
	}

	private Component card(LadderView ladder) {
		Div card = new Div(new H2(ladder.goal()));
		card.addClassName("harbor-portal-card");
		ladder.currentStep().ifPresent(now -> {
			Div step = new Div(new Paragraph(getTranslation("portal.ladder.now", LadderWords.stepName(now))),
					new Paragraph(getTranslation("portal.ladder.fear", now.step().feared(), now.step().likelihood())),
					new Paragraph(getTranslation("portal.ladder.expect", now.step().predictedDistress())));
			step.addClassName("harbor-portal-step");
			card.add(step);
		});
		card.add(new ScaleAnchors(ladder.anchors(), true));
		Button log = new Button(getTranslation("portal.ladder.log"),
				click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(PortalAttemptView.PATH)));
		log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div actions = new Div(log);
		actions.addClassName("harbor-actions");
		card.add(actions);
		OrderedList steps = new OrderedList();
		steps.addClassName("harbor-portal-steps");
		steps.getElement().setAttribute("aria-label", getTranslation("portal.ladder.steps"));
		for (StepView step : ladder.steps()) {
			if (step.setAside()) {
				continue;
			}
			boolean now = ladder.currentStepId() != null && step.id() == ladder.currentStepId();
			ListItem item = new ListItem(LadderWords.what(step.step()));
			item.getElement().setAttribute("value", String.valueOf(step.position()));
			if (now) {
				item.getElement().setAttribute("data-now", true);
				item.getElement().setAttribute("aria-current", "step");
				Span here = new Span(getTranslation("portal.ladder.here"));
				here.addClassName("harbor-step-now");
				item.add(here);
			}
			if (step.attempts() > 0) {
				Span tried = new Span(" \u00B7 " + getTranslation("portal.ladder.tried", step.attempts()));
				tried.addClassName("harbor-muted");
				item.add(tried);
			}
			steps.add(item);
		}
		card.add(new Paragraph(getTranslation("portal.ladder.steps")), steps,
				new Paragraph(getTranslation("portal.ladder.pace")));
		return card;
	}

	private Component logged(List<MyAttempt> attempts, List<LadderView> ladders) {
		Div section = new Div(new H2(getTranslation("portal.ladder.logged")));
		section.addClassName("harbor-portal-cards");
		if (attempts.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("portal.ladder.logged.none"));
			none.addClassName("harbor-portal-empty");
			section.add(none);
		}
		for (MyAttempt attempt : attempts) {
			Anchor open = new Anchor(PortalAttemptView.PATH + "/" + attempt.id(),
					Dates.shortDateTime(attempt.attempt().happenedAt()));
			open.getElement().setAttribute("router-link", true);
			String step = ladders.stream()
				.flatMap(ladder -> ladder.steps().stream())
				.filter(candidate -> candidate.id() == attempt.attempt().stepId())
				.findFirst()
				.map(LadderWords::stepName)
				.orElse("");
			Div card = new Div(open, new Paragraph(step));
			card.addClassNames("harbor-portal-card", "harbor-portal-entry");
			Span read = new Span(getTranslation(attempt.reviewed() ? "portal.entries.read" : "portal.entries.notRead"));
			read.addClassName("harbor-muted");
			card.add(read);
			section.add(card);
		}
		return section;
	}

}
