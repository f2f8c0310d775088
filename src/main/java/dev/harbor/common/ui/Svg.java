package dev.harbor.common.ui;

import com.vaadin.flow.dom.Element;

/**
 * Small SVG shapes for the app's charts, built with the Element API: numbers and our own
 * labels only, never markup from a string. Sizes are pixels; the Element API lower-cases
 * attribute names, so {@code viewBox} cannot be used.
 */
public final class Svg {

	private Svg() {
	}

	public static Element line(double x1, double y1, double x2, double y2, String styleClass) {
		return shape("line", styleClass, "x1", x1, "y1", y1, "x2", x2, "y2", y2);
	}

	public static Element rect(double x, double y, double width, double height, String styleClass) {
		return shape("rect", styleClass, "x", x, "y", y, "width", width, "height", height);
	}

	public static Element circle(double cx, double cy, double radius, String styleClass) {
		return shape("circle", styleClass, "cx", cx, "cy", cy, "r", radius);
	}

	/** Text placed at a point, centred unless {@code anchor} says otherwise. */
	public static Element text(double x, double y, String text, String anchor, String styleClass) {
		Element element = shape("text", styleClass, "x", x, "y", y);
		element.setAttribute("text-anchor", anchor);
		element.setText(text);
		return element;
	}

	private static Element shape(String tag, String styleClass, Object... attributes) {
		Element element = new Element(tag);
		for (int i = 0; i < attributes.length; i += 2) {
			element.setAttribute((String) attributes[i], number((double) attributes[i + 1]));
		}
		element.getClassList().add(styleClass);
		return element;
	}

	/** Two decimals are plenty for pixels, and keep the page small. */
	private static String number(double value) {
		return String.valueOf(Math.round(value * 100) / 100.0);
	}

}
