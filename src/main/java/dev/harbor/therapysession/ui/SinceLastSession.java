package dev.harbor.therapysession.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.common.ui.Dates;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.ExperiencePatterns;
import dev.harbor.diary.DiaryFilter;
import dev.harbor.ladder.FearedOutcome;
import dev.harbor.ladder.LadderPeriod;
import dev.harbor.ladder.LadderService;
import dev.harbor.diary.DiaryService;
import dev.harbor.homework.Adherence;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.Rhythm;

import org.springframework.data.domain.PageRequest;

/**
 * What happened between the previous session and this one, to open the conversation:
 * homework planned versus done, diary entries (and those flagged), corrective
 * experiences, ladder tries and how often the feared outcome happened. Figures only; each
 * feature's screen has the details.
 */
class SinceLastSession extends Div {

	/** The most flagged entries named here; the Diary part has them all. */
	static final int FLAGGED_SHOWN = 5;

	record Services(HomeworkService homework, DiaryService diary, CorrectiveExperienceService experiences,
			LadderService ladders) {
	}

	SinceLastSession(long clientId, LocalDate from, LocalDate to, Services services) {
		addClassName("harbor-since");
		add(new H3(getTranslation("session.since.heading", Dates.shortDate(from), Dates.shortDate(to))));
		UnorderedList facts = new UnorderedList();
		for (AssignmentView assignment : services.homework().clientHomework(clientId, to).assignments()) {
			int planned = 0;
			int done = 0;
			for (Adherence.Week week : assignment.adherence().weeks()) {
				if (!week.monday().plusDays(6).isBefore(from) && !week.monday().isAfter(to)) {
					planned += week.planned();
					done += week.done();
				}
			}
			if (assignment.rhythm() instanceof Rhythm.WhenTriggered) {
				// Practised when something stirs the client up: a count, never "of
				// planned".
				if (done > 0) {
					facts.add(new ListItem(
							getTranslation("session.since.homework.triggered", assignment.text().name(), done)));
				}
			}
			else if (planned > 0 || done > 0) {
				facts.add(new ListItem(
						getTranslation("session.since.homework", assignment.text().name(), done, planned)));
			}
		}
		int entries = services.diary().patterns(clientId, from, to).entries();
		facts.add(new ListItem(getTranslation("session.since.diary", entries)));
		services.diary()
			.diary(clientId, new DiaryFilter(from, to, null, null, null, null, null, null, true),
					PageRequest.of(0, FLAGGED_SHOWN))
			.forEach(flagged -> facts.add(new ListItem(getTranslation("session.since.flagged",
					Dates.shortDate(flagged.happenedAt().toLocalDate()), flagged.entry().situation()))));
		ExperiencePatterns experiences = services.experiences().patterns(clientId, from, to);
		facts.add(new ListItem(experiences.changes().isEmpty() ? getTranslation("session.since.experiences.none")
				: getTranslation("session.since.experiences", experiences.beliefChangeArguments())));
		for (LadderPeriod ladder : services.ladders().period(clientId, from, to)) {
			long happened = ladder.attempts()
				.stream()
				.filter(attempt -> attempt.attempt().fearedHappened() != FearedOutcome.NO)
				.count();
			facts.add(new ListItem(ladder.attempts().isEmpty()
					? getTranslation("session.since.ladder.none", ladder.ladder().goal()) : getTranslation(
							"session.since.ladder", ladder.ladder().goal(), ladder.attempts().size(), happened)));
		}
		add(facts.getComponentCount() == 0 ? new Paragraph(getTranslation("session.since.none")) : facts);
	}

}
