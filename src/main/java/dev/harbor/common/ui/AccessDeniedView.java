package dev.harbor.common.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/**
 * A signed-in person opened a page their role does not allow. They see exactly what a
 * missing page shows, with the same status, so the app never confirms that the page
 * exists.
 */
@PermitAll
public class AccessDeniedView extends VerticalLayout
		implements HasErrorParameter<AccessDeniedException>, HasOwnHeading {

	public AccessDeniedView() {
		addClassName("harbor-message-page");
		add(NothingHere.content(this));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpStatusCode.NOT_FOUND.getCode();
	}

}
