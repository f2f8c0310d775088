package dev.harbor.homework.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.harbor.client.ClientService;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.SessionPart;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.ExerciseLibraryService;
import dev.harbor.homework.HomeworkService;

/**
 * The homework agreed in a session, and assigning the next from there (the Homework
 * part's dialog): what is given here is recorded as given in this session.
 */
@org.springframework.stereotype.Component
class HomeworkSessionPart implements SessionPart {

	private final HomeworkService homework;

	private final ExerciseLibraryService library;

	private final ClientService clients;

	private final Clock clock;

	HomeworkSessionPart(HomeworkService homework, ExerciseLibraryService library, ClientService clients, Clock clock) {
		this.homework = homework;
		this.library = library;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Component create(long sessionId, long clientId) {
		Div part = new Div();
		part.addClassName("harbor-since");
		fill(part, sessionId, clientId);
		return part;
	}

	private void fill(Div part, long sessionId, long clientId) {
		part.removeAll();
		part.add(new H3(part.getTranslation("session.homework.heading")));
		List<AssignmentView> agreed = homework.clientHomework(clientId, Dates.today(clock))
			.assignments()
			.stream()
			.filter(assignment -> Long.valueOf(sessionId).equals(assignment.assignedInSession()))
			.toList();
		if (agreed.isEmpty()) {
			part.add(new Paragraph(part.getTranslation("session.homework.none")));
		}
		else {
			UnorderedList list = new UnorderedList();
			agreed.forEach(assignment -> list
				.add(new ListItem(part.getTranslation("session.homework.line", assignment.text().name(),
						HomeworkWords.rhythm(assignment.rhythm()), assignment.currentTargetMinutes()))));
			part.add(list);
		}
		Button assign = new Button(part.getTranslation("session.homework.assign"), VaadinIcon.PLUS.create(),
				click -> new AssignDialog(homework, library, clients, clock, null, clientId, sessionId,
						id -> fill(part, sessionId, clientId))
					.open());
		part.add(assign);
	}

}
