package dev.harbor.homework.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.dom.Element;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Svg;
import dev.harbor.common.ui.SvgChart;
import dev.harbor.homework.DistressWeek;

/**
 * Distress before and after practice, week by week, on the 0 to 10 scale: before as a
 * dashed line with hollow dots, after as a solid line with filled dots, so it reads in
 * black and white too. Each week carries its figures as data attributes and a title.
 */
class DistressChart extends SvgChart {

	DistressChart(List<DistressWeek> weeks) {
		super(10);
		describe(description(weeks));
		scale(String::valueOf, 0, 5, 10);
		legend(LEFT, Svg.line(LEFT, 10, LEFT + 24, 10, "harbor-chart-before"), getTranslation("homework.chart.before"));
		legend(LEFT + 170, Svg.line(LEFT + 170, 10, LEFT + 194, 10, "harbor-chart-after"),
				getTranslation("homework.chart.after"));
		if (weeks.isEmpty()) {
			note(getTranslation("homework.chart.empty"));
			return;
		}
		getElement().appendChild(series(weeks, true));
		getElement().appendChild(series(weeks, false));
		for (int i = 0; i < weeks.size(); i++) {
			getElement().appendChild(week(weeks.get(i), x(i, weeks.size())));
		}
		ends(weeks.size(), Dates.shortDate(weeks.getFirst().monday()), Dates.shortDate(weeks.getLast().monday()));
	}

	private Element series(List<DistressWeek> weeks, boolean before) {
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

}
