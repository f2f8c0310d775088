package dev.harbor.client.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import dev.harbor.client.PositionView;
import dev.harbor.common.ui.Svg;

/**
 * The attachment picture as a small plot: avoidance across, anxiety up, the four regions
 * marked at the middle of the scale, earlier positions as a faint trail and the current
 * one as a dot. Built element by element (numbers and our own labels only), never from an
 * HTML string.
 */
@Tag("svg")
class AttachmentPlot extends Component {

	private static final String SVG = "http://www.w3.org/2000/svg";

	/**
	 * Pixels. A fixed size rather than a viewBox: the Element API lower-cases attribute
	 * names.
	 */
	private static final double SIZE = 168;

	private static final double MARGIN = 14;

	AttachmentPlot() {
		getElement().setAttribute("xmlns", SVG);
		getElement().setAttribute("width", String.valueOf((int) SIZE));
		getElement().setAttribute("height", String.valueOf((int) SIZE));
		getElement().setAttribute("role", "img");
		getElement().getClassList().add("harbor-plot");
	}

	void show(List<PositionView> positions) {
		getElement().removeAllChildren();
		getElement().appendChild(Svg.rect(MARGIN, MARGIN, SIZE - 2 * MARGIN, SIZE - 2 * MARGIN, "harbor-plot-frame"));
		getElement().appendChild(Svg.line(x(4), MARGIN, x(4), SIZE - MARGIN, "harbor-plot-mid"));
		getElement().appendChild(Svg.line(MARGIN, y(4), SIZE - MARGIN, y(4), "harbor-plot-mid"));
		getElement().appendChild(text(SIZE / 2, SIZE - 2, "client.plot.avoidance", "harbor-plot-axis"));
		Element anxietyLabel = text(10, SIZE / 2, "client.plot.anxiety", "harbor-plot-axis");
		anxietyLabel.setAttribute("transform", "rotate(-90 10 " + SIZE / 2 + ")");
		getElement().appendChild(anxietyLabel);
		if (positions.size() > 1) {
			Element trail = new Element("polyline");
			trail.setAttribute("points",
					positions.stream()
						.map(p -> x(p.avoidance()) + "," + y(p.anxiety()))
						.collect(Collectors.joining(" ")));
			trail.getClassList().add("harbor-plot-trail");
			getElement().appendChild(trail);
			positions.subList(0, positions.size() - 1)
				.forEach(p -> getElement().appendChild(dot(p, 3, "harbor-plot-past")));
		}
		if (!positions.isEmpty()) {
			getElement().appendChild(dot(positions.getLast(), 6, "harbor-plot-current"));
		}
		getElement().setAttribute("aria-label", description(positions));
	}

	private String description(List<PositionView> positions) {
		if (positions.isEmpty()) {
			return getTranslation("client.plot.empty");
		}
		PositionView current = positions.getLast();
		return getTranslation("client.plot.description", current.anxiety().toPlainString(),
				current.avoidance().toPlainString(), getTranslation(current.label().translationKey()),
				positions.size());
	}

	private static Element dot(PositionView position, double radius, String styleClass) {
		return Svg.circle(x(position.avoidance()), y(position.anxiety()), radius, styleClass);
	}

	private Element text(double x, double y, String key, String styleClass) {
		return Svg.text(x, y, getTranslation(key), "middle", styleClass);
	}

	/** Dial value 1 to 7 onto the plot's width. */
	private static double x(BigDecimal value) {
		return x(value.doubleValue());
	}

	private static double x(double value) {
		return MARGIN + (value - 1) / 6 * (SIZE - 2 * MARGIN);
	}

	/** Dial value 1 to 7 onto the plot's height, high anxiety at the top. */
	private static double y(BigDecimal value) {
		return y(value.doubleValue());
	}

	private static double y(double value) {
		return SIZE - MARGIN - (value - 1) / 6 * (SIZE - 2 * MARGIN);
	}

}
