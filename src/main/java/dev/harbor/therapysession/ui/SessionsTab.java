package dev.harbor.therapysession.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.SessionInProgress;
import dev.harbor.common.ui.SessionPart;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.therapysession.SessionNotFoundException;
import dev.harbor.therapysession.SessionView;
import dev.harbor.therapysession.TherapySessionService;

/**
 * A client's sessions: newest first, each with its note as a draft or signed; open one to
 * write, sign or amend its note and to download its summary.
 */
class SessionsTab extends Div {

	/** The usual length of a session, offered first. */
	static final int DEFAULT_MINUTES = 50;

	private final long clientId;

	private final TherapySessionService sessions;

	private final List<SessionPart> parts;

	private final Clock clock;

	private final SinceLastSession.Services services;

	private final Div list = new Div();

	private final Div open = new Div();

	SessionsTab(long clientId, TherapySessionService sessions, List<SessionPart> parts,
			SinceLastSession.Services services, Clock clock) {
		this.clientId = clientId;
		this.sessions = sessions;
		this.parts = parts;
		this.services = services;
		this.clock = clock;
		addClassName("harbor-sessions");
		Button start = new Button(getTranslation("session.new"), VaadinIcon.PLUS.create(), click -> newSession());
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div toolbar = new Div(new Paragraph(getTranslation("session.intro")), start);
		toolbar.addClassName("harbor-toolbar");
		add(toolbar, open, list);
		showList();
		SessionInProgress.of(clientId).ifPresent(inProgress -> reopen(inProgress.sessionId()));
	}

	/** Back from another part of the client page: the open session shows again. */
	private void reopen(long sessionId) {
		try {
			show(sessions.openSession(sessionId));
		}
		catch (SessionNotFoundException | ClientNotFoundException gone) {
			SessionInProgress.end(clientId);
		}
	}

	private void showList() {
		list.removeAll();
		List<SessionView> all = sessions.sessions(clientId);
		if (all.isEmpty()) {
			list.add(new Paragraph(getTranslation("session.none")));
			return;
		}
		UnorderedList items = new UnorderedList();
		items.addClassName("harbor-link-list");
		for (SessionView session : all) {
			Span when = new Span(
					getTranslation("session.heading", Dates.shortDateTime(session.startsAt()), session.minutes()));
			Span state = new Span(getTranslation(session.signed() ? "session.state.signed" : "session.state.draft"));
			state.addClassNames("harbor-status", session.signed() ? "harbor-status-active" : "harbor-status-paused");
			Button show = new Button(getTranslation("session.open"), click -> open(session));
			show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			items.add(new ListItem(when, state, show));
		}
		list.add(items);
	}

	private void open(SessionView session) {
		show(sessions.openSession(session.id()));
	}

	private void show(SessionView session) {
		open.removeAll();
		open.add(new SessionEditor(session, sessions, parts, services, clock, open::removeAll));
	}

	private void newSession() {
		new NewSessionDialog(clock, DEFAULT_MINUTES, session -> sessions.startSession(clientId, session), created -> {
			showList();
			show(created);
		}).open();
	}

}
