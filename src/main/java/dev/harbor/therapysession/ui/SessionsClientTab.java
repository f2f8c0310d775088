package dev.harbor.therapysession.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.common.ui.SessionPart;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.diary.DiaryService;
import dev.harbor.ladder.LadderService;
import dev.harbor.homework.HomeworkService;
import dev.harbor.therapysession.TherapySessionService;

/** Puts the Sessions part on the client page. */
@org.springframework.stereotype.Component
class SessionsClientTab implements ClientTab {

	private final TherapySessionService sessions;

	private final List<SessionPart> parts;

	private final SinceLastSession.Services services;

	private final Clock clock;

	SessionsClientTab(TherapySessionService sessions, List<SessionPart> parts, HomeworkService homework,
			DiaryService diary, CorrectiveExperienceService experiences, LadderService ladders, Clock clock) {
		this.sessions = sessions;
		this.parts = parts;
		this.services = new SinceLastSession.Services(homework, diary, experiences, ladders);
		this.clock = clock;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String id() {
		return "sessions";
	}

	@Override
	public String labelKey() {
		return "client.tab.sessions";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new SessionsTab(visit.clientId(), sessions, parts, services, clock);
	}

}
