package dev.harbor.diary.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.dom.Element;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Svg;
import dev.harbor.common.ui.SvgChart;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.FeelingWeek;

/**
 * Average intensity (0 to 100) of the most frequent feelings, week by week. Each feeling
 * has its own line style (solid, dashed, dotted) and dot, so the chart reads in black and
 * white; each point carries its figures as data attributes and a title.
 */
class FeelingsChart extends SvgChart {

	static final int SHOWN = 3;

	FeelingsChart(List<FeelingWeek> weeks, List<Feeling> shown) {
		super(100);
		List<LocalDate> mondays = List.copyOf(new TreeSet<>(weeks.stream().map(FeelingWeek::monday).toList()));
		describe(getTranslation("diary.chart.description", mondays.size(),
				shown.stream().map(DiaryWords::label).collect(Collectors.joining(", "))));
		scale(String::valueOf, 0, 50, 100);
		if (mondays.isEmpty()) {
			note(getTranslation("diary.chart.empty"));
			return;
		}
		for (int i = 0; i < shown.size(); i++) {
			drawFeeling(shown.get(i), i + 1, weeks, mondays);
		}
		ends(mondays.size(), Dates.shortDate(mondays.getFirst()), Dates.shortDate(mondays.getLast()));
	}

	private void drawFeeling(Feeling feeling, int series, List<FeelingWeek> weeks, List<LocalDate> mondays) {
		Map<Integer, FeelingWeek> points = new TreeMap<>();
		weeks.stream()
			.filter(week -> week.feeling() == feeling)
			.forEach(week -> points.put(mondays.indexOf(week.monday()), week));
		String style = "harbor-chart-series-" + series;
		double legendX = LEFT + (series - 1) * 150.0;
		legend(legendX, Svg.line(legendX, 12, legendX + 24, 12, style), DiaryWords.label(feeling));
		Element line = new Element("polyline");
		line.setAttribute("points",
				points.entrySet()
					.stream()
					.map(point -> point(x(point.getKey(), mondays.size()), y(point.getValue().averageIntensity())))
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

}
