package dev.harbor.portal.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;

import org.springframework.stereotype.Component;

/**
 * Keeps the two sides apart: a client who opens any address outside the portal (the
 * dashboard after sign-in, a staff page, an address that does not exist) lands on "This
 * week"; staff who open a portal address land on their dashboard. Method security refuses
 * the services behind the pages anyway; this keeps the wrong frame from ever showing.
 */
@Component
class PortalRouting implements VaadinServiceInitListener {

	static final String PORTAL = "portal";

	private final CurrentUser currentUser;

	PortalRouting(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::route));
	}

	void route(BeforeEnterEvent event) {
		Optional<HarborUser> user = currentUser.get();
		if (user.isEmpty()) {
			return;
		}
		String route = event.getLocation().getPath();
		boolean portalPage = route.equals(PORTAL) || route.startsWith(PORTAL + "/");
		if (user.get().role() == Role.CLIENT && !portalPage && !route.startsWith("login")) {
			event.forwardTo(PORTAL);
		}
		else if (user.get().role() != Role.CLIENT && portalPage) {
			event.forwardTo("");
		}
	}

}
