package dev.harbor.portal.ui;

import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.PortalEntryPage;
import dev.harbor.common.ui.PortalPage;
import dev.harbor.correctiveexperience.MyExperienceService;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * What the client wrote in the portal, newest first: their diary entries and their
 * corrective experiences, each with whether their clinician has read it yet and whether
 * they want to talk about it next time. One page of each; the rest of the history stays
 * in the record.
 */
@Route(PortalEntryPage.MY_ENTRIES)
@RolesAllowed(Role.Names.CLIENT)
class MyEntriesView extends PortalPage {

	static final int SHOWN = 20;

	/** The longest opening shown for an entry; the rest is on its own page. */
	static final int OPENING = 80;

	MyEntriesView(MyDiaryService diary, MyExperienceService experiences) {
		super("portal.entries.title");
		PageRequest first = PageRequest.of(0, SHOWN);
		add(section("portal.entries.diary", "portal/diary",
				diary.myEntries(first)
					.map(entry -> new Line(entry.id(), entry.entry().happenedAt(), entry.entry().situation(),
							entry.reviewed(), entry.bringToSession()))
					.getContent()),
				section("portal.entries.experiences", "portal/experience",
						experiences.myExperiences(first)
							.map(entry -> new Line(entry.id(), entry.experience().happenedAt(),
									entry.experience().feared(), entry.reviewed(), entry.bringToSession()))
							.getContent()));
	}

	private Component section(String titleKey, String path, List<Line> lines) {
		Div section = new Div(new H2(getTranslation(titleKey)));
		section.addClassName("harbor-portal-cards");
		Anchor write = new Anchor(path, getTranslation(titleKey + ".new"));
		write.getElement().setAttribute("router-link", true);
		write.addClassName("harbor-portal-write");
		section.add(write);
		if (lines.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("portal.entries.none"));
			none.addClassName("harbor-portal-empty");
			section.add(none);
		}
		for (Line line : lines) {
			Anchor open = new Anchor(path + "/" + line.id(), Dates.shortDateTime(line.happenedAt()));
			open.getElement().setAttribute("router-link", true);
			Div card = new Div(open, new Paragraph(opening(line.words())));
			card.addClassNames("harbor-portal-card", "harbor-portal-entry");
			Span read = new Span(getTranslation(line.read() ? "portal.entries.read" : "portal.entries.notRead"));
			read.addClassName("harbor-muted");
			card.add(read);
			if (line.bring()) {
				Span bring = new Span(getTranslation("portal.entries.bring"));
				bring.addClassName("harbor-bring-to-session");
				card.add(bring);
			}
			section.add(card);
		}
		return section;
	}

	/** The first words, never cutting a character (an emoji) in half. */
	private static String opening(@Nullable String words) {
		if (words == null) {
			return "";
		}
		if (words.codePointCount(0, words.length()) <= OPENING) {
			return words;
		}
		return words.substring(0, words.offsetByCodePoints(0, OPENING)).strip() + "\u2026";
	}

	/** One entry in the list: its id, when it happened and its first words. */
	private record Line(long id, LocalDateTime happenedAt, @Nullable String words, boolean read, boolean bring) {

		@Override
		public String toString() {
			return "Line[id=" + id + "]";
		}

	}

}
