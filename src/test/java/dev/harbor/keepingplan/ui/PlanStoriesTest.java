package dev.harbor.keepingplan.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.TestHomework;
import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.keepingplan.PlanText;
import dev.harbor.keepingplan.PlanView;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.FormFields;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan for keeping what was built, told as user stories: Maya drafts Noor's plan from
 * the record, writes the rest with her, saves and shows it in Noor's portal, where Noor
 * reads it with the line that setbacks are expected.
 */
class PlanStoriesTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	@Autowired
	KeepingPlanService plans;

	HarborUser maya;

	long noor;

	@BeforeEach
	void noorHasPractisedPacedBreathing() {
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		long breathing = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 2)));
		practiceLog.recordCompletion(breathing, TestHomework.practice(LocalDateTime.of(2026, 11, 10, 21, 0), 7, 3));
	}

	@Test
	void maya_drafts_the_plan_from_the_record_writes_the_rest_with_noor_and_shows_it_in_her_portal() {
		openPlan();
		_click(button("Fill a first draft from the record"));
		assertThat(area("What helped most").getValue())
			.contains("Paced breathing: practised once; on average, distress 7 before and 3 after");
		assertThat(area("What to do then").getValue()).startsWith("Go back to Paced breathing");

		_setValue(area("Who to turn to"), "My sister Lina; the practice on 020 123 4567");
		_setValue(area("When to come back"), "x".repeat(PlanText.PART_MAX + 1));
		_click(button("Save plan"));
		FormFields.assertRefusedOnlyAt(_get(Section.class, spec -> spec.withClasses("harbor-plan")),
				"When to come back", FormFields.TOO_LONG);
		assertThat(database.count("keeping_plan")).as("nothing half-saved").isZero();

		_setValue(area("When to come back"), "If the old patterns last more than two weeks");
		_click(button("Save plan"));
		assertThat(lastNotification()).isEqualTo("Plan saved.");
		_setValue(_get(Checkbox.class, spec -> spec.withLabel("Show it in the client's portal")), true);
		assertThat(lastNotification()).isEqualTo("The plan now shows in the client's portal.");

		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");
		TestAccounts.signOut();
		startBrowserSession();
		signInAndOpen(noorInPortal, "portal/read");
		assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains("Keeping what you have built",
				"Paced breathing: practised once", "My sister Lina; the practice on 020 123 4567",
				"A rough week is part of the path, not a return to the start.");
	}

	@Test
	void a_plan_saved_meanwhile_in_another_tab_is_not_overwritten_and_the_typing_stays() {
		openPlan();
		TestAccounts.signIn(maya);
		plans.savePlan(noor, PlanView.NOT_SAVED, new PlanText("Written in the other tab", null, null, null, null));

		_setValue(area("What helped most"), "Written here");
		_click(button("Save plan"));

		assertThat(area("What helped most").getErrorMessage()).startsWith("Someone changed this plan a moment ago.");
		assertThat(area("What helped most").getValue()).isEqualTo("Written here");
		assertThat(plans.plan(noor).text().helpedMost()).isEqualTo("Written in the other tab");
	}

	private void openPlan() {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "plan"));
	}

	private static TextArea area(String label) {
		return _get(TextArea.class, spec -> spec.withLabel(label));
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

	private static String lastNotification() {
		return NotificationsKt.getNotifications().getLast().getElement().getProperty("text");
	}

}
