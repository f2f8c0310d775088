package dev.harbor.common.ui;

import com.vaadin.flow.component.UI;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views and the main layout are made plainly, not wrapped in a Spring proxy on every
 * navigation; the view a clinician opens is still guarded by Vaadin's navigation check.
 */
class PlainViewInstantiatorTest extends KaribuTest {

	@Test
	void the_dashboard_and_its_layout_are_the_classes_themselves_not_proxies() {
		HarborUser maya = accounts.clinician("Maya Okafor");

		signInAndOpen(maya, "");

		assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("DashboardView");
		assertThat(UI.getCurrent().getActiveRouterTargetsChain())
			.extracting(target -> target.getClass().getSimpleName())
			.containsExactly("DashboardView", "MainLayout");
	}

	@Test
	void a_view_for_clinicians_stays_closed_to_the_admin() {
		HarborUser office = accounts.admin("Practice Office");

		signInAndOpen(office, "clients");

		assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isNotEqualTo("ClientsView");
	}

}
