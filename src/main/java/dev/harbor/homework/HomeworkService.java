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
import dev.harbor.common.EnteredBy;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import dev.harbor.common.SessionLinks;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework between sessions: assigning, the plan's pauses and ending, the practice the
 * client logs, and reasons for missed practice. Each method is a transaction and a
 * security boundary: method security, then the client's place on my caseload (checked by
 * {@link ClientService#requireMine}), then the work and its audit event together.
 */
@Service
public class HomeworkService {

	/** How far back the dashboard looks for recent practice. */
	static final int RECENT_DAYS = 14;

	private final AssignmentRepository assignments;

	private final StatusChangeRepository statusChanges;

	private final CompletionRepository completions;

	private final MissedPracticeRepository missedPractices;

	private final HomeworkQueries queries;

	private final HomeworkProgress progress;

	private final ExerciseTexts texts;

	private final ClientService clients;

	private final CurrentUser currentUser;

	private final UserAccountService accounts;

	private final AuditService audit;

	private final SessionLinks sessionLinks;

	private final Clock clock;

	HomeworkService(AssignmentRepository assignments, StatusChangeRepository statusChanges,
			CompletionRepository completions, MissedPracticeRepository missedPractices, HomeworkQueries queries,
			HomeworkProgress progress, ExerciseTexts texts, ClientService clients, CurrentUser currentUser,
			UserAccountService accounts, AuditService audit, SessionLinks sessionLinks, Clock clock) {
		this.assignments = assignments;
		this.statusChanges = statusChanges;
		this.completions = completions;
		this.missedPractices = missedPractices;
		this.queries = queries;
		this.progress = progress;
		this.texts = texts;
		this.clients = clients;
		this.currentUser = currentUser;
		this.accounts = accounts;
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
	public long assignHomework(long clientId, NewAssignment plan, Locale locale) {
		return assign(clientId, plan, locale, null);
	}

	/**
	 * Gives a client an exercise from within one of their sessions; the session then
	 * shows it among what was agreed.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public long assignHomeworkInSession(long clientId, long sessionId, NewAssignment plan, Locale locale) {
		return assign(clientId, plan, locale, sessionId);
	}

	private long assign(long clientId, NewAssignment plan, Locale locale, @Nullable Long sessionId) {
		NewAssignment checked = checked(plan);
		clients.requireMine(clientId, AuditAction.CREATE);
		if (sessionId != null && !sessionLinks.isSessionOf(sessionId, clientId)) {
			audit.recordDenied(AuditAction.CREATE, AuditSubject.HOMEWORK, null);
			throw new HomeworkNotFoundException("session", sessionId);
		}
		ExerciseText text = texts.readable(checked.template(), me(), locale);
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

	/** Every assignment of a client with its progress, and distress week by week. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientHomework clientHomework(long clientId, LocalDate today) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.HOMEWORK, null, clientId, "homework");
		return progress.of(clientId, today);
	}

	/**
	 * Pauses, resumes, completes or stops a plan from a given day; every change is kept.
	 * Returns the client's homework afresh.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientHomework changeStatus(long assignmentId, long version, AssignmentStatus status, LocalDate from,
			LocalDate today) {
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

	/** Logs one practice, entered by the clinician (from a worksheet or in session). */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public CompletionView recordCompletion(long assignmentId, NewCompletion practice, LocalDate today) {
		HomeworkAssignment assignment = mine(assignmentId, AuditAction.CREATE);
		NewCompletion checked = checked(practice, assignment.prompts().size(), today);
		Completion completion = completions.saveAndFlush(new Completion(assignmentId, assignment.getClientId(), checked,
				me(), EnteredBy.CLINICIAN, clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.COMPLETION, completion.requireId(), assignment.getClientId(),
				"practice logged");
		return completion.view(currentUser.require().displayName());
	}

	/**
	 * One page of an assignment's practice log, newest first, struck-out ones included.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public Slice<CompletionView> practiceLog(long assignmentId, Pageable pageable) {
		HomeworkAssignment assignment = mine(assignmentId, AuditAction.VIEW);
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.HOMEWORK, assignmentId, assignment.getClientId(),
					"practice log");
		}
		Slice<Completion> page = completions.findByAssignmentIdOrderByHappenedAtDescIdDesc(assignmentId, pageable);
		Map<Long, String> names = accounts
			.displayNames(page.stream().map(Completion::getEnteredBy).distinct().toList());
		return page.map(completion -> completion.view(names.getOrDefault(completion.getEnteredBy(), "")));
	}

	/** Corrects a logged practice; the version guards against two people at once. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public CompletionView correctCompletion(long completionId, long version, NewCompletion practice, LocalDate today) {
		Completion completion = myCompletionAtVersion(completionId, version);
		HomeworkAssignment assignment = assignments.getReferenceById(completion.getAssignmentId());
		NewCompletion checked = checked(practice, assignment.prompts().size(), today);
		completion.correct(checked, clock.instant());
		return changed(completion, assignment.getClientId(), "practice corrected");
	}

	/** Strikes a practice out with a reason; it stays in the log, crossed out. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public CompletionView strikeOutCompletion(long completionId, long version, String reason) {
		HomeworkRules.require("reason", HomeworkRules.requiredText(reason, Completion.REASON_MAX));
		Completion completion = myCompletionAtVersion(completionId, version);
		completion.strikeOut(reason.strip(), me(), clock.instant());
		long clientId = assignments.getReferenceById(completion.getAssignmentId()).getClientId();
		return changed(completion, clientId, "practice struck out");
	}

	/** Notes, without blame, why a planned practice did not happen. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public MissedView noteMissedPractice(long assignmentId, LocalDate missedOn, MissedReason reason,
			@Nullable String note, LocalDate today) {
		HomeworkRules.require("reason", reason == null ? "homework.rule.required" : null);
		HomeworkRules.require("note", HomeworkRules.optionalText(note, MissedPractice.NOTE_MAX));
		HomeworkAssignment assignment = mine(assignmentId, AuditAction.CREATE);
		HomeworkRules.require("missedOn",
				missedOn == null || missedOn.isBefore(assignment.getStartDate()) || missedOn.isAfter(today)
						? "homework.rule.missedOn" : null);
		MissedPractice missed = missedPractices.saveAndFlush(
				new MissedPractice(assignmentId, missedOn, reason, FreeText.clean(note), me(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.HOMEWORK, assignmentId, assignment.getClientId(),
				"missed practice noted");
		return missed.view();
	}

	/**
	 * The dashboard's homework panel: active plans on my caseload that have gone quiet
	 * for longer than their rhythm allows, and the newest practice of the last two weeks.
	 * Three queries, whatever the caseload's size.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public HomeworkFollowUp myHomeworkToFollowUp(LocalDate today, int recent) {
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

	private static NewCompletion checked(NewCompletion practice, int prompts, LocalDate today) {
		HomeworkRules.require("happenedAt", HomeworkRules.happenedAtProblem(practice.happenedAt(), today));
		HomeworkRules.require("minutes", HomeworkRules.minutesProblem(practice.minutes(), 0, Completion.MINUTES_MAX));
		HomeworkRules.require("distressBefore", HomeworkRules.distressProblem(practice.distressBefore()));
		HomeworkRules.require("distressAfter", HomeworkRules.distressProblem(practice.distressAfter()));
		HomeworkRules.require("answers", practice.answers().size() > prompts ? "homework.rule.answers" : null);
		practice.answers()
			.forEach(answer -> HomeworkRules.require("answers",
					HomeworkRules.optionalText(answer, Completion.ANSWER_MAX)));
		HomeworkRules.require("note", HomeworkRules.optionalText(practice.note(), Completion.NOTE_MAX));
		List<String> answers = HomeworkRules.cleanLines(practice.answers());
		return new NewCompletion(practice.happenedAt(), practice.minutes(), practice.distressBefore(),
				practice.distressAfter(), answers, FreeText.clean(practice.note()));
	}

	private CompletionView changed(Completion completion, long clientId, String what) {
		audit.record(AuditAction.CHANGE, AuditSubject.COMPLETION, completion.requireId(), clientId, what);
		completions.flush();
		String name = accounts.displayNames(List.of(completion.getEnteredBy()))
			.getOrDefault(completion.getEnteredBy(), "");
		return completion.view(name);
	}

	private HomeworkAssignment mine(long assignmentId, AuditAction attempted) {
		HomeworkAssignment assignment = assignments.findById(assignmentId).orElseThrow(() -> {
			audit.recordDenied(attempted, AuditSubject.HOMEWORK, assignmentId);
			return new HomeworkNotFoundException("assignment", assignmentId);
		});
		clients.requireMine(assignment.getClientId(), attempted);
		return assignment;
	}

	private HomeworkAssignment mineAtVersion(long assignmentId, long version) {
		HomeworkAssignment assignment = mine(assignmentId, AuditAction.CHANGE);
		if (assignment.getVersion() != version) {
			throw new ConcurrentEditException("Assignment", assignmentId);
		}
		return assignment;
	}

	private Completion myCompletionAtVersion(long completionId, long version) {
		Completion completion = completions.findById(completionId).orElseThrow(() -> {
			audit.recordDenied(AuditAction.CHANGE, AuditSubject.COMPLETION, completionId);
			return new HomeworkNotFoundException("practice", completionId);
		});
		mine(completion.getAssignmentId(), AuditAction.CHANGE);
		if (completion.isStruckOut()) {
			throw new InvalidInputException("completion", "homework.rule.struckOut");
		}
		if (completion.getVersion() != version) {
			throw new ConcurrentEditException("Practice", completionId);
		}
		return completion;
	}

	private long me() {
		return currentUser.require().accountId();
	}

}
