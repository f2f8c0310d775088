package dev.harbor.reading.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.PortalPage;
import dev.harbor.keepingplan.MyKeepingPlanService;
import dev.harbor.keepingplan.PlanView;
import dev.harbor.reading.MyReadingService;
import dev.harbor.reading.Reading;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * "To read" in the client's portal: their plan for keeping what they built, once their
 * clinician shows it there, and the readings they were given, newest first. All in the
 * client's language; every word the client and clinician wrote is shown as text.
 */
@Route(PortalReadView.PATH)
@RolesAllowed(Role.Names.CLIENT)
class PortalReadView extends PortalPage {

	static final String PATH = "portal/read";

	PortalReadView(MyReadingService readings, MyKeepingPlanService plans) {
		super("portal.read.title");
		add(new Paragraph(getTranslation("portal.read.intro")));
		Optional<PlanView> plan = plans.myPlan();
		List<Reading> given = readings.myReadings();
		if (plan.isEmpty() && given.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("portal.read.none"));
			none.addClassName("harbor-portal-empty");
			add(none);
			return;
		}
		plan.ifPresent(mine -> add(plan(mine)));
		if (!given.isEmpty()) {
			Section part = new Section(new H2(getTranslation("portal.read.readings")));
			given.forEach(reading -> part.add(reading(reading)));
			add(part);
		}
	}

	private Component plan(PlanView plan) {
		Section part = new Section(new H2(getTranslation("portal.plan.heading")));
		part.addClassNames("harbor-portal-card", "harbor-portal-plan");
		plan.text().parts().forEach((name, written) -> {
			if (written != null && !written.isBlank()) {
				part.add(new H3(getTranslation("plan.part." + name)));
				Arrays.stream(written.split("\\R"))
					.filter(line -> !line.isBlank())
					.forEach(line -> part.add(new Paragraph(line)));
			}
		});
		Paragraph setbacks = new Paragraph(getTranslation("plan.setbacks"));
		setbacks.addClassName("harbor-lead");
		part.add(setbacks);
		return part;
	}

	private Component reading(Reading reading) {
		Div text = new Div(new Paragraph(getTranslation(reading.leadKey())));
		text.getChildren().findFirst().ifPresent(lead -> lead.addClassName("harbor-lead"));
		reading.paragraphKeys().forEach(key -> text.add(new Paragraph(getTranslation(key))));
		Details details = new Details(getTranslation(reading.translationKey()), text);
		details.addClassName("harbor-portal-reading");
		return details;
	}

}
