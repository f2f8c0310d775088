package dev.harbor.common.ui;

import java.util.function.IntFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * The frame the app's small charts share: a fixed-size SVG with an accessible label,
 * horizontal grid lines with their values, and the placing of points across and up.
 * Subclasses draw their series with {@link Svg}.
 */
@Tag("svg")
public abstract class SvgChart extends Component {

	protected static final double WIDTH = 620;

	protected static final double HEIGHT = 220;

	protected static final double LEFT = 40;

	protected static final double RIGHT = 12;

	protected static final double TOP = 28;

	protected static final double BOTTOM = 28;

	private final double max;

	/**
	 * @param max the value at the top of the scale (the bottom is 0)
	 */
	protected SvgChart(double max) {
		this.max = max;
		Element svg = getElement();
		svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
		svg.setAttribute("width", String.valueOf((int) WIDTH));
		svg.setAttribute("height", String.valueOf((int) HEIGHT));
		svg.setAttribute("role", "img");
		svg.getClassList().add("harbor-chart");
	}

	protected void describe(String label) {
		getElement().setAttribute("aria-label", label);
	}

	/** Grid lines at the given values, each labelled at the left. */
	protected void scale(IntFunction<String> label, int... levels) {
		for (int level : levels) {
			getElement().appendChild(Svg.line(LEFT, y(level), WIDTH - RIGHT, y(level), "harbor-chart-grid"));
			getElement().appendChild(Svg.text(LEFT - 6, y(level) + 4, label.apply(level), "end", "harbor-chart-axis"));
		}
	}

	/** A line of the legend at the top, with the sample drawn by the caller's style. */
	protected void legend(double x, Element sample, String text) {
		getElement().appendChild(sample);
		getElement().appendChild(Svg.text(x + 30, 16, text, "start", "harbor-chart-axis"));
	}

	/** Labels under the first and the last point. */
	protected void ends(int count, String first, String last) {
		getElement().appendChild(Svg.text(x(0, count), HEIGHT - 8, first, "start", "harbor-chart-axis"));
		if (count > 1) {
			getElement().appendChild(Svg.text(x(count - 1, count), HEIGHT - 8, last, "end", "harbor-chart-axis"));
		}
	}

	protected void note(String text) {
		getElement().appendChild(Svg.text(WIDTH / 2, HEIGHT / 2, text, "middle", "harbor-chart-note"));
	}

	/**
	 * Across: the index-th of count points, spread over the width (one point centred).
	 */
	protected static double x(int index, int count) {
		double span = WIDTH - LEFT - RIGHT - 24;
		return count == 1 ? LEFT + 12 + span / 2 : LEFT + 12 + span * index / (count - 1);
	}

	/** Up: a value on the scale from 0 to the chart's top. */
	protected double y(double value) {
		return TOP + (max - value) / max * (HEIGHT - TOP - BOTTOM);
	}

	protected static String point(double x, double y) {
		return Math.round(x * 10) / 10.0 + "," + Math.round(y * 10) / 10.0;
	}

}
