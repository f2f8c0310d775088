package dev.harbor.ladder.ui;

import java.util.List;

import com.vaadin.flow.dom.Element;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Svg;
import dev.harbor.common.ui.SvgChart;
import dev.harbor.ladder.AttemptPoint;
import dev.harbor.ladder.FearedOutcome;

/**
 * One step's attempts, oldest first, on the 0 to 100 distress scale: the prediction as a
 * hollow dot, the peak as a square, the end as a filled dot, peak and end joined; under
 * each attempt whether the feared outcome happened, in words. Shapes, not colours, tell
 * them apart, so it reads in black and white; each attempt carries its figures as data
 * attributes and a title.
 */
class StepChart extends SvgChart {

	/** The most attempts drawn: the latest ones. */
	static final int SHOWN = 20;

	StepChart(List<AttemptPoint> points) {
		super(100);
		List<AttemptPoint> shown = points.size() <= SHOWN ? points
				: points.subList(points.size() - SHOWN, points.size());
		long happened = shown.stream().filter(point -> point.fearedHappened() != FearedOutcome.NO).count();
		describe(shown.isEmpty() ? getTranslation("ladder.chart.empty")
				: getTranslation("ladder.chart.description", shown.size(), happened));
		scale(String::valueOf, 0, 50, 100);
		legend(LEFT, Svg.circle(LEFT + 12, 12, 4, "harbor-chart-before-dot"), getTranslation("ladder.chart.predicted"));
		legend(LEFT + 150, Svg.rect(LEFT + 158, 8, 8, 8, "harbor-chart-peak"), getTranslation("ladder.chart.peak"));
		legend(LEFT + 270, Svg.circle(LEFT + 282, 12, 4, "harbor-chart-after-dot"), getTranslation("ladder.chart.end"));
		if (shown.isEmpty()) {
			note(getTranslation("ladder.chart.empty"));
			return;
		}
		for (int i = 0; i < shown.size(); i++) {
			getElement().appendChild(attempt(shown.get(i), x(i, shown.size())));
		}
	}

	private Element attempt(AttemptPoint point, double x) {
		Element group = new Element("g");
		group.setAttribute("data-predicted", String.valueOf(point.predicted()));
		group.setAttribute("data-peak", String.valueOf(point.peak()));
		group.setAttribute("data-end", String.valueOf(point.end()));
		group.setAttribute("data-feared", point.fearedHappened().name());
		Element title = new Element("title");
		title.setText(getTranslation("ladder.chart.point", Dates.shortDateTime(point.happenedAt()), point.predicted(),
				point.peak(), point.end(), LadderWords.label(point.fearedHappened())));
		group.appendChild(title);
		group.appendChild(Svg.line(x, y(point.peak()), x, y(point.end()), "harbor-chart-link"));
		group.appendChild(Svg.circle(x, y(point.predicted()), 5, "harbor-chart-before-dot"));
		group.appendChild(Svg.rect(x - 4, y(point.peak()) - 4, 8, 8, "harbor-chart-peak"));
		group.appendChild(Svg.circle(x, y(point.end()), 4, "harbor-chart-after-dot"));
		group.appendChild(
				Svg.text(x, HEIGHT - 8, LadderWords.label(point.fearedHappened()), "middle", "harbor-chart-axis"));
		return group;
	}

}
