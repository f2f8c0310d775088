package dev.harbor.common.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another feature adds to an open session (the summary download, later more),
 * so the session screens show it without depending on that feature's screens. Spring
 * beans; each call builds a fresh component for one session.
 */
public interface SessionPart {

	Component create(long sessionId);

}
