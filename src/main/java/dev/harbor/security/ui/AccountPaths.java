package dev.harbor.security.ui;

import com.vaadin.flow.component.UI;

/**
 * A person's own account pages live twice: in the staff frame and in the client's portal.
 * Moving between them keeps to the frame the person is in.
 */
final class AccountPaths {

	static final String PORTAL = "portal/";

	private AccountPaths() {
	}

	/** The staff address, under the portal's when this page was opened there. */
	static String within(UI ui, String staffPath) {
		String here = ui.getInternals().getActiveViewLocation().getPath();
		return here.startsWith(PORTAL) ? PORTAL + staffPath : staffPath;
	}

}
