package dev.harbor.common.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/**
 * Shown for an address that does not exist and, on purpose, for one the user may not
 * open: the page must not tell anyone that a record or a screen exists when it is not
 * theirs.
 */
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasOwnHeading {

	public NotFoundView() {
		addClassName("harbor-message-page");
		add(NothingHere.content(this));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpStatusCode.NOT_FOUND.getCode();
	}

}
