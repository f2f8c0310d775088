package dev.harbor.therapysession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Objects;
import java.util.HashSet;
import java.util.Map;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and their notes: opening a session, saving the note as a draft while it is
 * written, signing it (after which it never changes), and dated amendments. Method
 * security, then the client's place on my caseload, then the work and its audit event.
 */
@Service
public class TherapySessionService {

	private final TherapySessionRepository sessions;

	private final SessionAmendmentRepository amendments;

	private final ClientService clients;

	private final UserAccountService accounts;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final Clock clock;

	TherapySessionService(TherapySessionRepository sessions, SessionAmendmentRepository amendments,
			ClientService clients, UserAccountService accounts, CurrentUser currentUser, AuditService audit,
			Clock clock) {
		this.sessions = sessions;
		this.amendments = amendments;
		this.clients = clients;
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SessionView startSession(long clientId, NewSession session) {
		LocalDate today = LocalDate.now(clock);
		String startsAt = SessionRules.startsAtProblem(session.startsAt(), today);
		if (startsAt != null) {
			throw new InvalidInputException("startsAt", startsAt);
		}
		String minutes = SessionRules.minutesProblem(session.minutes());
		if (minutes != null) {
			throw new InvalidInputException("minutes", minutes);
		}
		clients.requireMine(clientId, AuditAction.CREATE);
		TherapySession saved = sessions
			.saveAndFlush(new TherapySession(clientId, session.startsAt(), session.minutes(), me(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.SESSION, saved.requireId(), clientId, "session opened");
		return viewOf(saved);
	}

	/** A client's sessions, newest first; one audit event. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<SessionView> sessions(long clientId) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.SESSION, null, clientId, "sessions listed");
		return viewsOf(sessions.findByClientIdOrderByStartsAtDescIdDesc(clientId));
	}

	/**
	 * My sessions on one day, in the order they start, with whom: for printing the
	 * summaries of everyone seen that day. One audit event naming no client.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The signed-in clinician's own sessions of a day; TherapySessionServiceTest checks only their own are listed")
	public List<SessionOfDay> mySessionsOn(LocalDate day) {
		audit.record(AuditAction.VIEW, AuditSubject.SESSION, null, null, "sessions of " + day);
		return sessions.sessionsOf(me(), day.atStartOfDay(), day.plusDays(1).atStartOfDay());
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SessionView openSession(long sessionId) {
		TherapySession session = mine(sessionId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.SESSION, sessionId, session.getClientId(), "session opened");
		return viewOf(session);
	}

	/**
	 * The day the session before this one took place, if any: where a summary of "since
	 * the last session" starts.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public @Nullable LocalDate previousSessionDay(long sessionId) {
		TherapySession session = mine(sessionId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.SESSION, sessionId, session.getClientId(), "previous session day");
		return sessions
			.findFirstByClientIdAndStartsAtBeforeOrderByStartsAtDesc(session.getClientId(), session.getStartsAt())
			.map(previous -> previous.getStartsAt().toLocalDate())
			.orElse(null);
	}

	/** Saves the note as it stands; refused once signed. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SessionView saveDraft(long sessionId, long version, SessionNote note) {
		checkNote(note);
		TherapySession session = mineAtVersion(sessionId, version);
		if (session.isSigned()) {
			throw new InvalidInputException("note", "session.rule.signed");
		}
		session.saveDraft(clean(note), clock.instant());
		return changed(session, "draft saved");
	}

	/** Signs the note; from now on only amendments can be added. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SessionView sign(long sessionId, long version) {
		TherapySession session = mineAtVersion(sessionId, version);
		if (session.isSigned()) {
			throw new InvalidInputException("note", "session.rule.signed");
		}
		session.sign(me(), clock.instant());
		return changed(session, "signed");
	}

	/** A dated addition to a signed note, kept as it was written. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SessionView addAmendment(long sessionId, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("amendment", "session.rule.amendment");
		}
		String problem = FreeText.problem(text, SessionNote.PART_MAX);
		if (problem != null) {
			throw new InvalidInputException("amendment", problem);
		}
		TherapySession session = mine(sessionId, AuditAction.CHANGE);
		if (!session.isSigned()) {
			throw new InvalidInputException("amendment", "session.rule.notSigned");
		}
		amendments.saveAndFlush(new SessionAmendment(sessionId, text.strip(), clock.instant(), me()));
		audit.record(AuditAction.CHANGE, AuditSubject.SESSION, sessionId, session.getClientId(), "amended");
		return viewOf(session);
	}

	/** Each part is checked on its own, so a refusal names the part it is about. */
	private static void checkNote(SessionNote note) {
		note.parts().forEach((part, text) -> {
			String problem = FreeText.problem(text, SessionNote.PART_MAX);
			if (problem != null) {
				throw new InvalidInputException(part, problem);
			}
		});
	}

	private static SessionNote clean(SessionNote note) {
		return new SessionNote(FreeText.clean(note.focus()), FreeText.clean(note.interventions()),
				FreeText.clean(note.clientResponse()), FreeText.clean(note.plan()),
				FreeText.clean(note.relationshipStrain()), FreeText.clean(note.relationshipRepair()));
	}

	private SessionView changed(TherapySession session, String what) {
		audit.record(AuditAction.CHANGE, AuditSubject.SESSION, session.requireId(), session.getClientId(), what);
		sessions.flush();
		return viewOf(session);
	}

	private SessionView viewOf(TherapySession session) {
		return viewsOf(List.of(session)).getFirst();
	}

	/**
	 * The sessions as shown, with their amendments and the names of who signed and added:
	 * two queries for any number of sessions, not two per session.
	 */
	private List<SessionView> viewsOf(List<TherapySession> shown) {
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, List<SessionAmendment>> addedTo = amendments
			.findBySessionIdInOrderByAddedAtAscIdAsc(shown.stream().map(TherapySession::requireId).toList())
			.stream()
			.collect(Collectors.groupingBy(SessionAmendment::getSessionId));
		Set<Long> people = new HashSet<>();
		addedTo.values().forEach(added -> added.forEach(amendment -> people.add(amendment.getAddedBy())));
		shown.stream().map(TherapySession::getSignedBy).filter(Objects::nonNull).forEach(people::add);
		Map<Long, String> names = accounts.displayNames(people);
		return shown.stream().map(session -> {
			List<SessionAmendment> added = addedTo.getOrDefault(session.requireId(), List.of());
			return new SessionView(session.requireId(), session.getVersion(), session.getClientId(),
					session.getStartsAt(), session.getMinutes(), session.note(), session.getDraftSavedAt(),
					session.getSignedAt(), session.getSignedBy() == null ? null : names.get(session.getSignedBy()),
					added.stream()
						.map(amendment -> amendment.view(names.getOrDefault(amendment.getAddedBy(), "")))
						.toList());
		}).toList();
	}

	private TherapySession mine(long sessionId, AuditAction attempted) {
		TherapySession session = sessions.findById(sessionId).orElseThrow(() -> {
			audit.recordDenied(attempted, AuditSubject.SESSION, sessionId);
			return new SessionNotFoundException(sessionId);
		});
		clients.requireMine(session.getClientId(), attempted);
		return session;
	}

	private TherapySession mineAtVersion(long sessionId, long version) {
		TherapySession session = mine(sessionId, AuditAction.CHANGE);
		if (session.getVersion() != version) {
			throw new ConcurrentEditException("Session", sessionId);
		}
		return session;
	}

	private long me() {
		return currentUser.require().accountId();
	}

}
