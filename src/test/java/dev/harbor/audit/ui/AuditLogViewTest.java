package dev.harbor.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditEvent;
import com.vaadin.flow.component.html.H1;
import dev.harbor.common.ui.AccessDeniedView;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends KaribuTest {

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

}
