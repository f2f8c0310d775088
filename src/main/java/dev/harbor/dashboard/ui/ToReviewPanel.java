package dev.harbor.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.client.ClientPaths;
import dev.harbor.client.ClientToReview;

/**
 * What clients wrote that is waiting for me: diary entries and corrective experiences not
 * yet reviewed, and entries flagged for the next session, per client.
 */
class ToReviewPanel extends Section {

	/** A client's waiting diary entries and experiences together. */
	record Waiting(long clientId, String clientName, int diary, int experiences, int flagged) {
	}

	ToReviewPanel(List<ClientToReview> diary, List<ClientToReview> experiences) {
		addClassNames("harbor-panel", "harbor-homework-panel", "harbor-review-panel");
		List<Waiting> waiting = merged(diary, experiences);
		int unreviewed = waiting.stream().mapToInt(row -> row.diary() + row.experiences()).sum();
		int flagged = waiting.stream().mapToInt(Waiting::flagged).sum();
		Paragraph summary = new Paragraph(getTranslation("dashboard.review.summary", unreviewed, flagged));
		summary.getElement().setAttribute("data-unreviewed", String.valueOf(unreviewed));
		summary.getElement().setAttribute("data-flagged", String.valueOf(flagged));
		add(new H2(getTranslation("dashboard.review.heading")), summary);
		if (waiting.isEmpty()) {
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("harbor-link-list");
		list.getElement().setAttribute("data-list", "review");
		for (Waiting row : ShortList.shown(waiting)) {
			Anchor link = new Anchor(ClientPaths.detail(row.clientId(),
					row.diary() > 0 || row.experiences() == 0 ? "diary" : "experiences"), row.clientName());
			link.getElement().setAttribute("router-link", true);
			Span counts = new Span(getTranslation("dashboard.review.counts", row.diary(), row.experiences()));
			Span flags = new Span(row.flagged() == 0 ? "" : getTranslation("dashboard.review.flagged", row.flagged()));
			flags.addClassName("harbor-muted");
			list.add(new ListItem(link, counts, flags));
		}
		add(new Div(list));
		Paragraph more = ShortList.more(waiting, "dashboard.review.more");
		if (more != null) {
			add(more);
		}
	}

	private static List<Waiting> merged(List<ClientToReview> diary, List<ClientToReview> experiences) {
		Map<Long, Waiting> byClient = new TreeMap<>();
		diary.forEach(row -> byClient.put(row.clientId(),
				new Waiting(row.clientId(), row.clientName(), row.unreviewed(), 0, row.flagged())));
		experiences.forEach(row -> byClient.merge(row.clientId(),
				new Waiting(row.clientId(), row.clientName(), 0, row.unreviewed(), row.flagged()),
				(a, b) -> new Waiting(a.clientId(), a.clientName(), a.diary(), b.experiences(),
						a.flagged() + b.flagged())));
		return byClient.values()
			.stream()
			.sorted((a, b) -> Integer.compare(b.flagged() * 1000 + b.diary() + b.experiences(),
					a.flagged() * 1000 + a.diary() + a.experiences()))
			.toList();
	}

}
