package dev.harbor.correctiveexperience.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.correctiveexperience.RepairStep;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.common.ui.WholeNumberField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Logging corrective experiences in session and seeing the fear loosen. */
class ExperienceStoriesTest extends KaribuTest {

	@Autowired
	ClientService clients;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		clock.set(Instant.parse("2026-11-13T17:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	@Test
	void two_experiences_show_the_belief_before_and_after_and_the_average_drop() {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "experiences"));

		log(LocalDateTime.of(2026, 11, 4, 18, 0), Risk.ASKED_FOR_SUPPORT, "She'll think I'm needy", 80,
				"She came over with soup", 30, Set.of());
		log(LocalDateTime.of(2026, 11, 11, 20, 0), Risk.REPAIRED, "He will stay cold all week", 90,
				"We talked it through the same evening", 40,
				Set.of(RepairStep.IMPACT_ACKNOWLEDGED, RepairStep.CONCRETE_STEP));

		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("Over 2 experiences, the fear felt 50 points less true afterwards, on average.");
		assertThat(_get(BeliefChart.class).getElement()
			.getChildren()
			.filter(child -> child.hasAttribute("data-day"))
			.map(change -> change.getAttribute("data-day") + " " + change.getAttribute("data-before") + "→"
					+ change.getAttribute("data-after"))
			.toList()).containsExactly("2026-11-04 80→30", "2026-11-11 90→40");
		assertThat(database.jdbc().queryForList("select step from corrective_repair_step order by step", String.class))
			.containsExactly("CONCRETE_STEP", "IMPACT_ACKNOWLEDGED");
	}

	@Test
	void a_belief_typed_in_tenths_or_too_large_is_refused_beside_the_field_and_nothing_is_saved() {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "experiences"));

		log(LocalDateTime.of(2026, 11, 4, 18, 0), Risk.ASKED_FOR_SUPPORT, "She'll think I'm needy", 80,
				"She came over with soup", 30, Set.of());
		_click(_get(Button.class, spec -> spec.withText("New experience")));
		ExperienceDialog dialog = _get(ExperienceDialog.class);
		WholeNumberField before = _get(dialog, WholeNumberField.class,
				spec -> spec.withLabel("How strongly they believed it (%)"));
		WholeNumberField after = _get(dialog, WholeNumberField.class,
				spec -> spec.withLabel("How strongly they believe it now (%)"));
		_setValue(before, "7.5");
		_setValue(after, "99999999999");
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));

		assertThat(List.of(before, after)).allSatisfy(field -> {
			assertThat(field.isInvalid()).isTrue();
			assertThat(field.getErrorMessage()).isEqualTo("Please enter a whole number from 0 to 100.");
		});
		assertThat(before.getValue()).isEqualTo("7.5");
		assertThat(after.getValue()).isEqualTo("99999999999");
		assertThat(database.count("corrective_experience")).isEqualTo(1);
	}

	@Test
	void marking_experiences_of_a_client_who_has_moved_to_a_colleague_says_so_and_changes_nothing() {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "experiences"));
		log(LocalDateTime.of(2026, 11, 4, 18, 0), Risk.ASKED_FOR_SUPPORT, "She'll think I'm needy", 80,
				"She came over with soup", 30, Set.of());
		@SuppressWarnings("unchecked")
		Grid<ExperienceView> grid = _get(Grid.class);
		grid.select(GridKt._get(grid, 0));
		NotificationsKt.clearNotifications();

		HarborUser tomas = accounts.clinician("Tomas Reyes");
		TestAccounts.signIn(accounts.admin("Practice Office"));
		clients.reassignClient(noor, tomas.accountId());
		TestAccounts.signIn(maya);
		_click(_get(Button.class, spec -> spec.withText("Mark selected reviewed")));

		NotificationsKt.expectNotifications("This experience or client is no longer on your caseload.");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from corrective_experience where reviewed_at is not null", Long.class))
			.isZero();
	}

	private void log(LocalDateTime when, Risk risk, String feared, int before, String happened, int after,
			Set<RepairStep> steps) {
		_click(_get(Button.class, spec -> spec.withText("New experience")));
		ExperienceDialog dialog = _get(ExperienceDialog.class);
		_setValue(_get(dialog, DateTimePicker.class, spec -> spec.withLabel("When")), when);
		@SuppressWarnings("unchecked")
		Select<Setting> where = _get(dialog, Select.class, spec -> spec.withLabel("Where"));
		_setValue(where, risk == Risk.REPAIRED ? Setting.PARTNER : Setting.FRIEND);
		@SuppressWarnings("unchecked")
		Select<Risk> risked = _get(dialog, Select.class, spec -> spec.withLabel("What the client risked"));
		_setValue(risked, risk);
		_setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What they feared would happen")), feared);
		_setValue(_get(dialog, WholeNumberField.class, spec -> spec.withLabel("How strongly they believed it (%)")),
				String.valueOf(before));
		_setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What actually happened")), happened);
		_setValue(_get(dialog, WholeNumberField.class, spec -> spec.withLabel("How strongly they believe it now (%)")),
				String.valueOf(after));
		@SuppressWarnings("unchecked")
		CheckboxGroup<RepairStep> repair = _get(dialog, CheckboxGroup.class,
				spec -> spec.withLabel("For a repair: the steps taken"));
		_setValue(repair, steps);
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));
	}

}
