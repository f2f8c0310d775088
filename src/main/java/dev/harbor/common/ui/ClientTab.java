package dev.harbor.common.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab on the client page contributed by another feature (homework, diary, sessions), so
 * the client feature shows them without depending on their screens. Implementations are
 * Spring beans; each call to {@link #create} builds a fresh component for one page.
 */
public interface ClientTab {

	/** Where the tab sits; the overview is 0. */
	int order();

	/** The tab's name in the address ({@code ?tab=homework}). */
	String id();

	/** Translation key of the tab's label. */
	String labelKey();

	/**
	 * The tab's content for one client as this clinician opens it, built when the tab is
	 * first shown.
	 */
	Component create(ClientVisit visit);

}
