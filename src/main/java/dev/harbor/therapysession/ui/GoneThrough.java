package dev.harbor.therapysession.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.client.ClientPaths;
import dev.harbor.common.ui.Dates;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.ladder.AttemptView;

/**
 * The diary entries, corrective experiences and ladder tries marked reviewed while this
 * session was open: what was gone through with the client, each with a line of its own
 * words.
 */
class GoneThrough extends Div {

	/**
	 * @param open whether the session is open now, so reviewing in the Diary and
	 * Experiences parts adds to this list
	 */
	GoneThrough(long clientId, long sessionId, boolean open, SinceLastSession.Services services) {
		addClassName("harbor-since");
		add(new H3(getTranslation("session.goneThrough.heading")));
		List<DiaryEntryView> entries = services.diary().reviewedInSession(clientId, sessionId);
		List<ExperienceView> experiences = services.experiences().reviewedInSession(clientId, sessionId);
		List<AttemptView> attempts = services.ladders().reviewedInSession(clientId, sessionId);
		if (entries.isEmpty() && experiences.isEmpty() && attempts.isEmpty()) {
			add(new Paragraph(getTranslation(open ? "session.goneThrough.none.open" : "session.goneThrough.none")));
		}
		else {
			UnorderedList list = new UnorderedList();
			entries.forEach(entry -> list.add(new ListItem(getTranslation("session.goneThrough.diary",
					Dates.shortDate(entry.happenedAt().toLocalDate()), entry.entry().situation()))));
			experiences.forEach(experience -> list.add(new ListItem(getTranslation("session.goneThrough.experience",
					Dates.shortDate(experience.happenedAt().toLocalDate()), text(experience.experience().feared())))));
			attempts.forEach(attempt -> list.add(new ListItem(
					getTranslation("session.goneThrough.attempt", Dates.shortDate(attempt.happenedAt().toLocalDate()),
							getTranslation(attempt.attempt().fearedHappened().translationKey())))));
			add(list);
		}
		if (!open) {
			return;
		}
		Div links = new Div(
				new Anchor(ClientPaths.detail(clientId, "diary"), getTranslation("session.goneThrough.toDiary")),
				new Anchor(ClientPaths.detail(clientId, "experiences"),
						getTranslation("session.goneThrough.toExperiences")),
				new Anchor(ClientPaths.detail(clientId, "ladders"), getTranslation("session.goneThrough.toLadders")));
		links.addClassName("harbor-actions");
		add(links);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
