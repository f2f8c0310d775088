package dev.harbor.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.client.ClientPaths;
import dev.harbor.common.ui.Dates;
import dev.harbor.homework.HomeworkFollowUp;
import dev.harbor.homework.OverdueHomework;
import dev.harbor.homework.RecentPractice;

/**
 * Homework across my caseload: plans that have gone quiet for longer than their rhythm
 * allows (worth a gentle word next session), and the newest practice.
 */
class HomeworkPanel extends Section {

	static final int RECENT = 6;

	HomeworkPanel(HomeworkFollowUp followUp) {
		addClassNames("harbor-panel", "harbor-homework-panel");
		add(new H2(getTranslation("dashboard.homework.quiet.heading")), quiet(followUp.overdue()),
				new H2(getTranslation("dashboard.homework.recent.heading")), recent(followUp.recent()));
	}

	private Component quiet(List<OverdueHomework> overdue) {
		if (overdue.isEmpty()) {
			return new Paragraph(getTranslation("dashboard.homework.quiet.none"));
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("harbor-link-list");
		list.getElement().setAttribute("data-list", "quiet");
		for (OverdueHomework item : ShortList.shown(overdue)) {
			Span since = new Span(item.lastPractice() == null ? getTranslation("dashboard.homework.quiet.notYet")
					: getTranslation("dashboard.homework.quiet.since", Dates.shortDate(item.lastPractice())));
			since.addClassName("harbor-muted");
			list.add(new ListItem(link(item.clientId(), item.clientName()), new Span(item.exerciseName()), since));
		}
		Paragraph more = ShortList.more(overdue, "dashboard.homework.quiet.more");
		return more == null ? list : new Div(list, more);
	}

	private Component recent(List<RecentPractice> recent) {
		if (recent.isEmpty()) {
			return new Paragraph(getTranslation("dashboard.homework.recent.none"));
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("harbor-link-list");
		list.getElement().setAttribute("data-list", "recent");
		for (RecentPractice item : recent) {
			Span when = new Span(getTranslation("dashboard.homework.recent.detail",
					Dates.shortDateTime(item.happenedAt()), item.distressBefore(), item.distressAfter()));
			when.addClassName("harbor-muted");
			list.add(new ListItem(link(item.clientId(), item.clientName()), new Span(item.exerciseName()), when));
		}
		return new Div(list);
	}

	private static Anchor link(long clientId, String name) {
		// router-link: Vaadin's router handles the click inside the page.
		Anchor link = new Anchor(ClientPaths.detail(clientId, "homework"), name);
		link.getElement().setAttribute("router-link", true);
		return link;
	}

}
