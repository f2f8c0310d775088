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
	record Waiting(long clientId, String clientName, int diary, int experiences, int attempts, int flagged) {

		int unreviewed() {
			return diary + experiences + attempts;
		}

		/** The client page's part with the most waiting. */
		String part() {
			if (diary > 0 || (experiences == 0 && attempts == 0)) {
				return "diary";
			}
			return experiences > 0 ? "experiences" : "ladders";
		}

	}

	ToReviewPanel(List<ClientToReview> diary, List<ClientToReview> experiences, List<ClientToReview> attempts) {
		addClassNames("harbor-panel", "harbor-homework-panel", "harbor-review-panel");
		List<Waiting> waiting = merged(diary, experiences, attempts);
		int unreviewed = waiting.stream().mapToInt(Waiting::unreviewed).sum();
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
			Anchor link = new Anchor(ClientPaths.detail(row.clientId(), row.part()), row.clientName());
			link.getElement().setAttribute("router-link", true);
			Span counts = new Span(
					getTranslation("dashboard.review.counts", row.diary(), row.experiences(), row.attempts()));
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

	private static List<Waiting> merged(List<ClientToReview> diary, List<ClientToReview> experiences,
			List<ClientToReview> attempts) {
		Map<Long, Waiting> byClient = new TreeMap<>();
		diary.forEach(row -> add(byClient,
				new Waiting(row.clientId(), row.clientName(), row.unreviewed(), 0, 0, row.flagged())));
		experiences.forEach(row -> add(byClient,
				new Waiting(row.clientId(), row.clientName(), 0, row.unreviewed(), 0, row.flagged())));
		attempts.forEach(row -> add(byClient,
				new Waiting(row.clientId(), row.clientName(), 0, 0, row.unreviewed(), row.flagged())));
		return byClient.values()
			.stream()
			.sorted((a, b) -> Integer.compare(b.flagged() * 1000 + b.unreviewed(), a.flagged() * 1000 + a.unreviewed()))
			.toList();
	}

	private static void add(Map<Long, Waiting> byClient, Waiting row) {
		byClient.merge(row.clientId(), row, (a, b) -> new Waiting(a.clientId(), a.clientName(), a.diary() + b.diary(),
				a.experiences() + b.experiences(), a.attempts() + b.attempts(), a.flagged() + b.flagged()));
	}

}
