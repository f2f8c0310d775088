package dev.harbor.correctiveexperience.ui;

import java.util.List;

import com.vaadin.flow.dom.Element;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Svg;
import dev.harbor.common.ui.SvgChart;
import dev.harbor.correctiveexperience.BeliefChange;

/**
 * How strongly the client believed their fear before and after each experience, oldest
 * first: a hollow dot for before, a filled dot for after, joined by a line, on 0 to 100
 * %. Readable in black and white; each experience carries its figures as data attributes.
 */
class BeliefChart extends SvgChart {

	BeliefChart(List<BeliefChange> changes) {
		super(100);
		describe(getTranslation("experience.chart.description", changes.size()));
		scale(level -> level + " %", 0, 50, 100);
		legend(LEFT, Svg.circle(LEFT + 12, 12, 4, "harbor-chart-before-dot"),
				getTranslation("experience.chart.before"));
		legend(LEFT + 170, Svg.circle(LEFT + 182, 12, 4, "harbor-chart-after-dot"),
				getTranslation("experience.chart.after"));
		for (int i = 0; i < changes.size(); i++) {
			getElement().appendChild(change(changes.get(i), x(i, changes.size())));
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

}
