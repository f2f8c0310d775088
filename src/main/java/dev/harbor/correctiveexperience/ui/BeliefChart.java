package dev.harbor.correctiveexperience.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Svg;
import dev.harbor.correctiveexperience.BeliefChange;

/**
 * How strongly the client believed their fear before and after each experience, oldest
 * first: a hollow dot for before, a filled dot for after, joined by a line, on 0 to 100
 * %. Readable in black and white; each experience carries its figures as data attributes.
 */
@Tag("svg")
class BeliefChart extends Component {

	private static final double WIDTH = 620;

	private static final double HEIGHT = 220;

	private static final double LEFT = 40;

	private static final double RIGHT = 12;

	private static final double TOP = 28;

	private static final double BOTTOM = 28;

	BeliefChart(List<BeliefChange> changes) {
		Element svg = getElement();
		svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
		svg.setAttribute("width", String.valueOf((int) WIDTH));
		svg.setAttribute("height", String.valueOf((int) HEIGHT));
		svg.setAttribute("role", "img");
		svg.getClassList().add("harbor-chart");
		svg.setAttribute("aria-label", getTranslation("experience.chart.description", changes.size()));
		for (int level : new int[] { 0, 50, 100 }) {
			svg.appendChild(Svg.line(LEFT, y(level), WIDTH - RIGHT, y(level), "harbor-chart-grid"));
			svg.appendChild(Svg.text(LEFT - 6, y(level) + 4, level + " %", "end", "harbor-chart-axis"));
		}
		svg.appendChild(Svg.circle(LEFT + 6, 12, 4, "harbor-chart-before-dot"));
		svg.appendChild(
				Svg.text(LEFT + 16, 16, getTranslation("experience.chart.before"), "start", "harbor-chart-axis"));
		svg.appendChild(Svg.circle(LEFT + 176, 12, 4, "harbor-chart-after-dot"));
		svg.appendChild(
				Svg.text(LEFT + 186, 16, getTranslation("experience.chart.after"), "start", "harbor-chart-axis"));
		for (int i = 0; i < changes.size(); i++) {
			svg.appendChild(change(changes.get(i), x(i, changes.size())));
		}
	}

	private Element change(BeliefChange change, double x) {
		Element group = new Element("g");
		group.setAttribute("data-day", change.day().toString());
		group.setAttribute("data-before", String.valueOf(change.before()));
		group.setAttribute("data-after", String.valueOf(change.after()));
		Element title = new Element("title");
		title.setText(getTranslation("experience.chart.point", Dates.shortDate(change.day()),
				ExperienceWords.label(change.risk()), change.before(), change.after()));
		group.appendChild(title);
		group.appendChild(Svg.line(x, y(change.before()), x, y(change.after()), "harbor-chart-link"));
		group.appendChild(Svg.circle(x, y(change.before()), 5, "harbor-chart-before-dot"));
		group.appendChild(Svg.circle(x, y(change.after()), 5, "harbor-chart-after-dot"));
		return group;
	}

	private static double x(int index, int count) {
		double span = WIDTH - LEFT - RIGHT - 24;
		return count == 1 ? LEFT + 12 + span / 2 : LEFT + 12 + span * index / (count - 1);
	}

	private static double y(double percent) {
		return TOP + (100 - percent) / 100 * (HEIGHT - TOP - BOTTOM);
	}

}
