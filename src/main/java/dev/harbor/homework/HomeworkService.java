package dev.harbor.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.FreeText;
import dev.harbor.common.NotClientScoped;
import dev.harbor.common.SessionLinks;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework between sessions: assigning, the plan's pauses and ending, the progress of a
 * client's plans and the dashboard's follow-up. The practice itself is logged through
 * {@link PracticeLogService}. Each method is a transaction and a security boundary:
 * method security, then the client's place on my caseload (checked by
 * {@link ClientService#requireMine}), then the work and its audit event together.
 */
@Service
public class HomeworkService {

	/** How far back the dashboard looks for recent practice. */
	static final int RECENT_DAYS = 14;

	private final AssignmentRepository assignments;

	private final StatusChangeRepository statusChanges;

	private final HomeworkQueries queries;

	private final HomeworkProgress progress;

	private final ExerciseTexts texts;

	private final ClientService clients;

	private final MyAssignments myAssignments;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final SessionLinks sessionLinks;

	private final Clock clock;

	HomeworkService(AssignmentRepository assignments, StatusChangeRepository statusChanges, HomeworkQueries queries,
			HomeworkProgress progress, ExerciseTexts texts, ClientService clients, MyAssignments myAssignments,
			CurrentUser currentUser, AuditService audit, SessionLinks sessionLinks, Clock clock) {
		this.assignments = assignments;
		this.statusChanges = statusChanges;
		this.queries = queries;
		this.progress = progress;
		this.texts = texts;
		this.clients = clients;
		this.myAssignments = myAssignments;
		this.currentUser = currentUser;
		this.audit = audit;
		this.sessionLinks = sessionLinks;
		this.clock = clock;
	}

	/**
	 * Gives a client an exercise with a plan. The exercise's words are copied into the
	 * assignment, so later changes to the template leave it as it was given.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public long assignHomework(long clientId, NewAssignment plan) {
		return assign(clientId, plan, null);
	}

	/**
	 * Gives a client an exercise from within one of their sessions; the session then
	 * shows it among what was agreed.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public long assignHomeworkInSession(long clientId, long sessionId, NewAssignment plan) {
		return assign(clientId, plan, sessionId);
	}

	private long assign(long clientId, NewAssignment plan, @Nullable Long sessionId) {
		NewAssignment checked = checked(plan);
		// The words are copied in the client's language: they are the client's to read.
		Locale words = clients.requireMineWithContact(clientId, AuditAction.CREATE).language().locale();
		if (sessionId != null && !sessionLinks.isSessionOf(sessionId, clientId)) {
			audit.recordDenied(AuditAction.CREATE, AuditSubject.HOMEWORK, null);
			throw new HomeworkNotFoundException("session", sessionId);
		}
		ExerciseText text = texts.readable(checked.template(), me(), words);
		HomeworkAssignment assignment = new HomeworkAssignment(clientId, checked.template(), text, checked, me(),
				clock.instant());
		if (sessionId != null) {
			assignment.assignedIn(sessionId);
		}
		assignment = assignments.save(assignment);
		statusChanges.save(new AssignmentStatusChange(assignment.requireId(), AssignmentStatus.ACTIVE, checked.start(),
				clock.instant(), me()));
		audit.record(AuditAction.CREATE, AuditSubject.HOMEWORK, assignment.requireId(), clientId,
				sessionId == null ? "assigned" : "assigned in session " + sessionId);
		return assignment.requireId();
	}

	/**
	 * Every assignment of a client with its progress, and distress week by week, as it
	 * stood on a day: today for the Homework part, a session's day for its summary.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientHomework clientHomework(long clientId, LocalDate asOf) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.HOMEWORK, null, clientId, "homework");
		return progress.of(clientId, asOf);
	}

	/**
	 * Pauses, resumes, completes or stops a plan from a given day; every change is kept.
	 * Returns the client's homework afresh.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientHomework changeStatus(long assignmentId, long version, AssignmentStatus status, LocalDate from) {
		LocalDate today = LocalDate.now(clock);
		HomeworkAssignment assignment = mineAtVersion(assignmentId, version);
		HomeworkRules.require("status", allowed(assignment.getStatus(), status) ? null : "homework.rule.status");
		List<AssignmentStatusChange> history = statusChanges
			.findByAssignmentIdInOrderByEffectiveOnAscIdAsc(List.of(assignmentId));
		LocalDate earliest = history.isEmpty() ? assignment.getStartDate() : history.getLast().view().effectiveOn();
		HomeworkRules.require("from", from == null || from.isBefore(earliest) || from.isAfter(today.plusYears(1))
				? "homework.rule.statusDate" : null);
		assignment.changeStatus(status);
		statusChanges.save(new AssignmentStatusChange(assignmentId, status, from, clock.instant(), me()));
		audit.record(AuditAction.CHANGE, AuditSubject.HOMEWORK, assignmentId, assignment.getClientId(),
				"status " + status);
		assignments.flush();
		return progress.of(assignment.getClientId(), today);
	}

	/**
	 * The dashboard's homework panel: active plans on my caseload that have gone quiet
	 * for longer than their rhythm allows, and the newest practice of the last two weeks.
	 * Three queries, whatever the caseload's size.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public HomeworkFollowUp myHomeworkToFollowUp(int recent) {
		LocalDate today = LocalDate.now(clock);
		List<HomeworkQueries.ActivePlan> plans = queries.activePlansOf(me());
		Map<Long, List<StatusChangeView>> histories = queries.historiesOfActivePlans(me());
		List<OverdueHomework> overdue = plans.stream()
			.filter(plan -> Adherence.isOverdueSince(HomeworkProgress.planOf(plan.rhythm(), plan.start(), plan.end(),
					histories.getOrDefault(plan.assignmentId(), List.of())), plan.lastPractice(), today))
			.map(plan -> new OverdueHomework(plan.assignmentId(), plan.clientId(), plan.clientName(),
					plan.exerciseName(), plan.lastPractice()))
			.sorted(Comparator
				.comparing(OverdueHomework::lastPractice, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(OverdueHomework::clientName))
			.toList();
		List<RecentPractice> latest = queries.recentPracticeOf(me(), today.minusDays(RECENT_DAYS), recent);
		audit.record(AuditAction.LIST, AuditSubject.HOMEWORK, null, null, "homework follow-up");
		return new HomeworkFollowUp(overdue, latest);
	}

	private static boolean allowed(AssignmentStatus from, AssignmentStatus to) {
		return switch (to) {
			case PAUSED -> from == AssignmentStatus.ACTIVE;
			case ACTIVE -> from == AssignmentStatus.PAUSED;
			case COMPLETED, STOPPED -> from.isOpen();
		};
	}

	private NewAssignment checked(NewAssignment plan) {
		LocalDate today = LocalDate.now(clock);
		HomeworkRules.require("template", plan.template() == null ? "homework.rule.template" : null);
		HomeworkRules.require("start", HomeworkRules.startProblem(plan.start(), today));
		HomeworkRules.require("end", HomeworkRules.endProblem(plan.end(), plan.start()));
		HomeworkRules.require("rhythm", plan.rhythm() == null ? "homework.rule.required" : null);
		HomeworkRules.require("targetMinutes",
				HomeworkRules.minutesProblem(plan.targetMinutes(), 1, ExerciseText.MINUTES_MAX));
		HomeworkRules.require("progression",
				HomeworkRules.progressionProblem(plan.progression(), plan.targetMinutes()));
		HomeworkRules.require("personalNote",
				HomeworkRules.optionalText(plan.personalNote(), HomeworkAssignment.NOTE_MAX));
		return new NewAssignment(plan.template(), plan.start(), plan.end(), plan.rhythm(), plan.targetMinutes(),
				plan.progression(), FreeText.clean(plan.personalNote()));
	}

	private HomeworkAssignment mineAtVersion(long assignmentId, long version) {
		HomeworkAssignment assignment = myAssignments.mine(assignmentId, AuditAction.CHANGE);
		if (assignment.getVersion() != version) {
			throw new ConcurrentEditException("Assignment", assignmentId);
		}
		return assignment;
	}

	private long me() {
		return currentUser.require().accountId();
	}

}
