package dev.harbor.homework.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import dev.harbor.client.ClientService;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.homework.ExerciseLibraryService;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.PracticeLogService;

/** Puts the Homework tab on the client page. */
@org.springframework.stereotype.Component
class HomeworkClientTab implements ClientTab {

	private final HomeworkService homework;

	private final ExerciseLibraryService library;

	private final ClientService clients;

	private final PracticeLogService practice;

	private final Clock clock;

	HomeworkClientTab(HomeworkService homework, PracticeLogService practice, ExerciseLibraryService library,
			ClientService clients, Clock clock) {
		this.homework = homework;
		this.practice = practice;
		this.library = library;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String id() {
		return "homework";
	}

	@Override
	public String labelKey() {
		return "client.tab.homework";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new HomeworkTab(visit.clientId(), homework, practice, library, clients, clock);
	}

}
