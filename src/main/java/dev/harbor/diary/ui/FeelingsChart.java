package dev.harbor.diary.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Svg;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.FeelingWeek;

/**
 * Average intensity (0 to 100) of the most frequent feelings, week by week. Each feeling
 * has its own line style (solid, dashed, dotted) and dot shape, so the chart reads in
 * black and white; each point carries its figures as data attributes and a title.
 */
@Tag("svg")
class FeelingsChart extends Component {

	static final int SHOWN = 3;

	private static final double WIDTH = 620;

	private static final double HEIGHT = 220;

	private static final double LEFT = 34;

	private static final double RIGHT = 12;

	private static final double TOP = 28;

	private static final double BOTTOM = 28;

	FeelingsChart(List<FeelingWeek> weeks, List<Feeling> shown) {
		Element svg = getElement();
		svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
		svg.setAttribute("width", String.valueOf((int) WIDTH));
		svg.setAttribute("height", String.valueOf((int) HEIGHT));
		svg.setAttribute("role", "img");
		svg.getClassList().add("harbor-chart");
		for (int level : new int[] { 0, 50, 100 }) {
			svg.appendChild(Svg.line(LEFT, y(level), WIDTH - RIGHT, y(level), "harbor-chart-grid"));
			svg.appendChild(Svg.text(LEFT - 6, y(level) + 4, String.valueOf(level), "end", "harbor-chart-axis"));
		}
		List<LocalDate> mondays = List.copyOf(new TreeSet<>(weeks.stream().map(FeelingWeek::monday).toList()));
		svg.setAttribute("aria-label", getTranslation("diary.chart.description", mondays.size(),
				shown.stream().map(DiaryWords::label).collect(Collectors.joining(", "))));
		if (mondays.isEmpty()) {
			svg.appendChild(Svg.text(WIDTH / 2, HEIGHT / 2, getTranslation("diary.chart.empty"), "middle",
					"harbor-chart-note"));
			return;
		}
		for (int i = 0; i < shown.size(); i++) {
			drawFeeling(shown.get(i), i + 1, weeks, mondays);
		}
		svg.appendChild(Svg.text(x(0, mondays.size()), HEIGHT - 8, Dates.shortDate(mondays.getFirst()), "start",
				"harbor-chart-axis"));
		if (mondays.size() > 1) {
			svg.appendChild(Svg.text(x(mondays.size() - 1, mondays.size()), HEIGHT - 8,
					Dates.shortDate(mondays.getLast()), "end", "harbor-chart-axis"));
		}
	}

	private void drawFeeling(Feeling feeling, int series, List<FeelingWeek> weeks, List<LocalDate> mondays) {
		Map<Integer, FeelingWeek> points = new TreeMap<>();
		weeks.stream()
			.filter(week -> week.feeling() == feeling)
			.forEach(week -> points.put(mondays.indexOf(week.monday()), week));
		String style = "harbor-chart-series-" + series;
		double legendX = LEFT + (series - 1) * 150.0;
		getElement().appendChild(Svg.line(legendX, 12, legendX + 24, 12, style));
		getElement().appendChild(Svg.text(legendX + 30, 16, DiaryWords.label(feeling), "start", "harbor-chart-axis"));
		Element line = new Element("polyline");
		line.setAttribute("points",
				points.entrySet()
					.stream()
					.map(point -> round(x(point.getKey(), mondays.size())) + ","
							+ round(y(point.getValue().averageIntensity())))
					.collect(Collectors.joining(" ")));
		line.getClassList().add(style);
		getElement().appendChild(line);
		points.forEach((index, week) -> {
			Element group = new Element("g");
			group.setAttribute("data-feeling", feeling.name());
			group.setAttribute("data-week", week.monday().toString());
			group.setAttribute("data-average", String.format(Locale.ROOT, "%.1f", week.averageIntensity()));
			Element title = new Element("title");
			title.setText(getTranslation("diary.chart.point", DiaryWords.label(feeling), Dates.shortDate(week.monday()),
					Math.round(week.averageIntensity()), week.entries()));
			group.appendChild(title);
			group.appendChild(Svg.circle(x(index, mondays.size()), y(week.averageIntensity()), 4, style + "-dot"));
			getElement().appendChild(group);
		});
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double x(int index, int count) {
		double span = WIDTH - LEFT - RIGHT - 16;
		return count == 1 ? LEFT + 8 + span / 2 : LEFT + 8 + span * index / (count - 1);
	}

	private static double y(double intensity) {
		return TOP + (100 - intensity) / 100 * (HEIGHT - TOP - BOTTOM);
	}

}
