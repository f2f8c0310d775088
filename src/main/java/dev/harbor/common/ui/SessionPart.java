package dev.harbor.common.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another feature adds to an open session (the homework agreed in it, the
 * summary download), so the session screens show it without depending on that feature's
 * screens. Spring beans, shown in their order; each call builds a fresh component for one
 * session.
 */
public interface SessionPart {

	/** Where the part comes among the others; lower first. */
	int order();

	Component create(long sessionId, long clientId);

}
