package dev.harbor.audit.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditEvent;
import com.vaadin.flow.component.html.H1;
import dev.harbor.common.ui.AccessDeniedView;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.AccountView;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Test
	void a_clinician_who_types_the_audit_address_is_told_there_is_nothing_here() {
		signInAndOpen(accounts.clinician("Maya Okafor"), "admin/audit");

		assertThat(_find(AuditLogView.class)).isEmpty();
		assertThat(_find(AccessDeniedView.class)).hasSize(1);
		assertThat(_get(H1.class).getText()).isEqualTo("Nothing here");
	}

	@Test
	void an_admin_reads_the_audit_log_and_that_reading_is_itself_recorded() {
		HarborUser admin = accounts.admin("Practice Office");

		signInAndOpen(admin, "admin/audit");
		@SuppressWarnings("unchecked")
		Grid<AuditEvent> grid = _get(Grid.class);
		AuditEvent newest = grid.getGenericDataView().getItem(0);

		assertThat(newest.getActorId()).isEqualTo(admin.accountId());
		assertThat(newest.getAction()).isEqualTo(AuditAction.LIST);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'LIST' and subject_type = 'AUDIT_LOG'",
					Long.class))
			.isEqualTo(1);
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Audit log");
	}

	@Test
	void the_admin_checks_the_trail_and_is_told_where_a_row_was_changed_behind_harbors_back() {
		HarborUser admin = accounts.admin("Practice Office");
		signInAndOpen(admin, "admin/audit");
		Button check = _get(Button.class, spec -> spec.withText("Check the trail"));

		_click(check);
		Paragraph result = _get(Paragraph.class, spec -> spec.withClasses("harbor-trail-check"));
		assertThat(result.getText())
			.matches("The trail holds: all \\d+ sealed events follow one from another, unchanged\\.");

		long listed = database.jdbc()
			.queryForObject("select min(id) from audit_event where action = 'LIST'", Long.class);
		database.jdbc()
			.execute("alter table audit_event disable trigger audit_event_append_only;"
					+ " update audit_event set detail = 'edited' where id = " + listed
					+ "; alter table audit_event enable trigger audit_event_append_only");
		_click(check);
		assertThat(result.getText()).startsWith(
				"The trail was changed outside Harbor: event " + listed + " is the first that does not follow.");
		assertThat(result.getElement().getAttribute("data-holds")).isEqualTo("false");
	}

	@Test
	void an_admin_narrows_the_log_to_one_person_and_can_export_what_is_shown() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestClients.aClientOf(clients, maya, "Noor Haddad");
		HarborUser admin = accounts.admin("Practice Office");
		signInAndOpen(admin, "admin/audit");

		@SuppressWarnings("unchecked")
		ComboBox<AccountView> person = _get(ComboBox.class, spec -> spec.withLabel("Person"));
		_setValue(person,
				person.getListDataView().getItems().filter(a -> a.id() == maya.accountId()).findFirst().orElseThrow());

		@SuppressWarnings("unchecked")
		Grid<AuditEvent> grid = _get(Grid.class);
		assertThat(GridKt._size(grid)).isEqualTo(1);
		assertThat(GridKt._get(grid, 0).getAction()).isEqualTo(AuditAction.CREATE);
		assertThat(_get(Anchor.class, spec -> spec.withText("Export these events as CSV")).getHref()).isNotBlank();
	}

}
