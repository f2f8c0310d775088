package dev.harbor.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A wide table or chart that scrolls sideways in a narrow window. It can be reached with
 * the keyboard and is announced by name, so someone who cannot use a pointer can scroll
 * it too.
 */
public final class ScrollRegion {

	private ScrollRegion() {
	}

	/**
	 * @param label what the region holds, already translated, as a screen reader
	 * announces it
	 */
	public static Div around(Component wide, String label) {
		Div region = new Div(wide);
		region.addClassName("harbor-scroll-x");
		region.getElement().setAttribute("role", "region");
		region.getElement().setAttribute("aria-label", label);
		region.getElement().setAttribute("tabindex", "0");
		return region;
	}

}
