package dev.harbor.common.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of the client portal: one column that fits a phone (360 px and up), its own
 * heading, and the browser tab's title. The portal's frame (navigation, the safety line)
 * comes from its layout; features add their pages by extending this.
 */
public abstract class PortalPage extends VerticalLayout implements HasDynamicTitle {

	private final H1 heading = new H1();

	private final String titleKey;

	protected PortalPage(String titleKey) {
		this.titleKey = titleKey;
		addClassName("harbor-portal-page");
		setPadding(false);
		heading.setText(getTranslation(titleKey));
		add(heading);
	}

	/** Changes the heading, e.g. to the exercise's own name. */
	protected void setHeading(String text) {
		heading.setText(text);
	}

	@Override
	public String getPageTitle() {
		return getTranslation(titleKey) + " \u00B7 " + getTranslation("app.name");
	}

}
