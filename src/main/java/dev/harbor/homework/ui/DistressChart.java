package dev.harbor.homework.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Svg;
import dev.harbor.homework.DistressWeek;

/**
 * Distress before and after practice, week by week, on the 0 to 10 scale: before as a
 * dashed line with hollow dots, after as a solid line with filled dots, so it reads in
 * black and white too. Each week carries its figures as data attributes and a title.
 */
@Tag("svg")
class DistressChart extends Component {

	private static final double WIDTH = 620;

	private static final double HEIGHT = 220;

	private static final double LEFT = 34;

	private static final double RIGHT = 12;

	private static final double TOP = 26;

	private static final double BOTTOM = 28;

	DistressChart(List<DistressWeek> weeks) {
		Element svg = getElement();
		svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
		svg.setAttribute("width", String.valueOf((int) WIDTH));
		svg.setAttribute("height", String.valueOf((int) HEIGHT));
		svg.setAttribute("role", "img");
		svg.getClassList().add("harbor-chart");
		svg.setAttribute("aria-label", description(weeks));
		drawScale();
		drawLegend();
		if (weeks.isEmpty()) {
			svg.appendChild(Svg.text(WIDTH / 2, HEIGHT / 2, getTranslation("homework.chart.empty"), "middle",
					"harbor-chart-note"));
			return;
		}
		svg.appendChild(series(weeks, true));
		svg.appendChild(series(weeks, false));
		for (int i = 0; i < weeks.size(); i++) {
			svg.appendChild(week(weeks.get(i), x(i, weeks.size())));
		}
		svg.appendChild(Svg.text(x(0, weeks.size()), HEIGHT - 8, Dates.shortDate(weeks.getFirst().monday()), "start",
				"harbor-chart-axis"));
		if (weeks.size() > 1) {
			svg.appendChild(Svg.text(x(weeks.size() - 1, weeks.size()), HEIGHT - 8,
					Dates.shortDate(weeks.getLast().monday()), "end", "harbor-chart-axis"));
		}
	}

	private void drawScale() {
		for (int level : new int[] { 0, 5, 10 }) {
			getElement().appendChild(Svg.line(LEFT, y(level), WIDTH - RIGHT, y(level), "harbor-chart-grid"));
			getElement()
				.appendChild(Svg.text(LEFT - 6, y(level) + 4, String.valueOf(level), "end", "harbor-chart-axis"));
		}
	}

	private void drawLegend() {
		getElement().appendChild(Svg.line(LEFT, 10, LEFT + 24, 10, "harbor-chart-before"));
		getElement().appendChild(
				Svg.text(LEFT + 30, 14, getTranslation("homework.chart.before"), "start", "harbor-chart-axis"));
		getElement().appendChild(Svg.line(LEFT + 170, 10, LEFT + 194, 10, "harbor-chart-after"));
		getElement().appendChild(
				Svg.text(LEFT + 200, 14, getTranslation("homework.chart.after"), "start", "harbor-chart-axis"));
	}

	private static Element series(List<DistressWeek> weeks, boolean before) {
		Element line = new Element("polyline");
		line.setAttribute("points",
				IntStream.range(0, weeks.size())
					.mapToObj(i -> point(x(i, weeks.size()),
							y(before ? weeks.get(i).averageBefore() : weeks.get(i).averageAfter())))
					.collect(Collectors.joining(" ")));
		line.getClassList().add(before ? "harbor-chart-before" : "harbor-chart-after");
		return line;
	}

	private Element week(DistressWeek week, double x) {
		Element group = new Element("g");
		group.setAttribute("data-week", week.monday().toString());
		group.setAttribute("data-before", figure(week.averageBefore()));
		group.setAttribute("data-after", figure(week.averageAfter()));
		Element title = new Element("title");
		title.setText(getTranslation("homework.chart.week", Dates.shortDate(week.monday()),
				figure(week.averageBefore()), figure(week.averageAfter()), week.practices()));
		group.appendChild(title);
		group.appendChild(Svg.circle(x, y(week.averageBefore()), 4, "harbor-chart-before-dot"));
		group.appendChild(Svg.circle(x, y(week.averageAfter()), 4, "harbor-chart-after-dot"));
		return group;
	}

	private String description(List<DistressWeek> weeks) {
		if (weeks.isEmpty()) {
			return getTranslation("homework.chart.empty");
		}
		int practices = weeks.stream().mapToInt(DistressWeek::practices).sum();
		double before = weeks.stream().mapToDouble(w -> w.averageBefore() * w.practices()).sum() / practices;
		double after = weeks.stream().mapToDouble(w -> w.averageAfter() * w.practices()).sum() / practices;
		return getTranslation("homework.chart.description", weeks.size(), figure(before), figure(after));
	}

	private static String figure(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String point(double x, double y) {
		return Math.round(x * 10) / 10.0 + "," + Math.round(y * 10) / 10.0;
	}

	private static double x(int index, int count) {
		double span = WIDTH - LEFT - RIGHT - 16;
		return count == 1 ? LEFT + 8 + span / 2 : LEFT + 8 + span * index / (count - 1);
	}

	private static double y(double distress) {
		return TOP + (10 - distress) / 10 * (HEIGHT - TOP - BOTTOM);
	}

}
