package dev.harbor.common.ui;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;

/**
 * The session a clinician has open with a client, in this browser sign-in: while it is
 * open, what they mark reviewed in the Diary and Experiences parts and the homework they
 * assign are linked to it. Opened from the session's screen (for a session of today),
 * closed there, by opening another of the client's sessions, or by signing out. Kept in
 * the Vaadin session, so every tab of the same sign-in agrees.
 */
public final class SessionInProgress {

	private static final String KEY = SessionInProgress.class.getName();

	/** The open session of one client. */
	public record Open(long sessionId, long clientId, LocalDateTime startsAt) implements Serializable {
	}

	private SessionInProgress() {
	}

	public static void begin(long clientId, long sessionId, LocalDateTime startsAt) {
		open().put(clientId, new Open(sessionId, clientId, startsAt));
	}

	public static void end(long clientId) {
		open().remove(clientId);
	}

	public static Optional<Open> of(long clientId) {
		VaadinSession session = VaadinSession.getCurrent();
		return session == null ? Optional.empty() : Optional.ofNullable(open().get(clientId));
	}

	/**
	 * Tells the clinician, above a part of the client page, that what they do here is
	 * linked to the open session, with the way back to it.
	 * @param whatKey the translation key of what is linked here
	 * @param sessionHref the address of the client's Sessions part
	 */
	public static Div banner(Open open, String whatKey, String sessionHref) {
		Div banner = new Div();
		banner.addClassName("harbor-in-session");
		banner.getElement().setAttribute("role", "status");
		Span text = new Span(banner.getTranslation(whatKey, Dates.shortDateTime(open.startsAt())));
		Anchor back = new Anchor(sessionHref, banner.getTranslation("session.inProgress.back"));
		banner.add(text, back);
		return banner;
	}

	@SuppressWarnings("unchecked")
	private static Map<Long, Open> open() {
		VaadinSession session = VaadinSession.getCurrent();
		Map<Long, Open> open = (Map<Long, Open>) session.getAttribute(KEY);
		if (open == null) {
			open = new HashMap<>();
			session.setAttribute(KEY, open);
		}
		return open;
	}

}
