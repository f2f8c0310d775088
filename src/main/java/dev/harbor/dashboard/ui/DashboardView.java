package dev.harbor.dashboard.ui;

import java.time.Clock;

import java.time.Duration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.audit.AuditService;
import dev.harbor.client.CaseloadCounts;
import dev.harbor.client.ClientService;
import dev.harbor.common.ui.Dates;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.diary.DiaryService;
import dev.harbor.ladder.LadderService;
import dev.harbor.homework.HomeworkService;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import dev.harbor.common.ui.HasOwnHeading;
import jakarta.annotation.security.RolesAllowed;

/**
 * The first page after sign-in. A clinician sees their caseload at a glance; an admin
 * sees the practice. Every figure is read from the database as the page opens.
 */
@Route("")
@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN })
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:home")
class DashboardView extends VerticalLayout implements HasDynamicTitle, HasOwnHeading {

	DashboardView(CurrentUser currentUser, ClientService clients, HomeworkService homework, DiaryService diary,
			CorrectiveExperienceService experiences, LadderService ladders, UserAccountService accounts,
			AuditService audit, Clock clock) {
		addClassName("harbor-dashboard");
		HarborUser user = currentUser.require();
		add(greeting(user));
		if (user.role() == Role.CLINICIAN) {
			add(caseloadFigures(clients.myCaseloadCounts()), new CaseloadPanel(clients),
					new ToReviewPanel(diary.myDiaryToReview(), experiences.myExperiencesToReview(),
							ladders.myAttemptsToReview()),
					new HomeworkPanel(homework.myHomeworkToFollowUp(HomeworkPanel.RECENT)));
		}
		else {
			add(practiceFigures(accounts.countActiveClinicians(), audit.failedSignInsWithin(Duration.ofDays(1))));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title");
	}

	private Component greeting(HarborUser user) {
		H1 hello = new H1(getTranslation("dashboard.greeting", firstName(user.displayName())));
		Paragraph intro = new Paragraph(
				getTranslation(user.role() == Role.CLINICIAN ? "dashboard.intro.clinician" : "dashboard.intro.admin"));
		intro.addClassName("harbor-lead");
		return new Div(hello, intro);
	}

	private Component caseloadFigures(CaseloadCounts counts) {
		return figures("dashboard.caseload.heading", figure("dashboard.caseload.active", counts.active()),
				figure("dashboard.caseload.paused", counts.paused()),
				figure("dashboard.caseload.discharged", counts.discharged()));
	}

	private Component practiceFigures(long clinicians, long failedSignIns) {
		return figures("dashboard.practice.heading", figure("dashboard.practice.clinicians", clinicians),
				figure("dashboard.practice.failedSignIns", failedSignIns));
	}

	private Component figures(String headingKey, Component... figures) {
		Div row = new Div(figures);
		row.addClassName("harbor-figures");
		Section section = new Section(new H2(getTranslation(headingKey)), row);
		section.addClassName("harbor-panel");
		return section;
	}

	private Component figure(String labelKey, long value) {
		Div number = new Div(String.valueOf(value));
		number.addClassName("harbor-figure-value");
		Div label = new Div(getTranslation(labelKey));
		label.addClassName("harbor-figure-label");
		Div figure = new Div(number, label);
		figure.addClassName("harbor-figure");
		figure.getElement().setAttribute("data-figure", labelKey);
		return figure;
	}

	private static String firstName(String displayName) {
		int space = displayName.indexOf(' ');
		return space > 0 ? displayName.substring(0, space) : displayName;
	}

}
