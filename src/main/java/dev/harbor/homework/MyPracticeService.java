package dev.harbor.homework;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's side of their homework, in the portal: this week's plans, one plan to
 * practise, and logging a practice or why one did not happen. Every method is for the
 * signed-in client alone: the record comes from their account, and a plan of anyone else
 * is refused, audited, and looks like no plan at all. A practice logged here counts in
 * adherence exactly like one the clinician logged.
 */
@Service
public class MyPracticeService {

	private final AssignmentRepository assignments;

	private final CompletionRepository completions;

	private final MissedPracticeRepository missedPractices;

	private final ClientService clients;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final Clock clock;

	MyPracticeService(AssignmentRepository assignments, CompletionRepository completions,
			MissedPracticeRepository missedPractices, ClientService clients, CurrentUser currentUser,
			AuditService audit, Clock clock) {
		this.assignments = assignments;
		this.completions = completions;
		this.missedPractices = missedPractices;
		this.clients = clients;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The plans active now, oldest first, each with the practices logged this week
	 * (Monday to Sunday). Two queries, whatever the length of the history.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public List<MyHomework> thisWeek() {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.HOMEWORK);
		audit.record(AuditAction.VIEW, AuditSubject.HOMEWORK, null, me, "portal: this week");
		List<HomeworkAssignment> active = assignments.findByClientIdAndStatusOrderByStartDateAscIdAsc(me,
				AssignmentStatus.ACTIVE);
		if (active.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<Long, Long> counts = new HashMap<>();
		completions.countInWeek(me, monday, monday.plusDays(6))
			.forEach(row -> counts.put(row.getAssignmentId(), row.getCount()));
		return active.stream().map(plan -> mine(plan, counts.getOrDefault(plan.requireId(), 0L))).toList();
	}

	/** One of my active plans, to practise now. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyHomework myPlan(long assignmentId) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.HOMEWORK);
		HomeworkAssignment plan = myActivePlan(me, assignmentId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.HOMEWORK, assignmentId, me, "portal: opened to practise");
		LocalDate today = LocalDate.now(clock);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		long count = completions.countInWeek(me, monday, monday.plusDays(6))
			.stream()
			.filter(row -> row.getAssignmentId() == assignmentId)
			.mapToLong(CompletionRepository.PerAssignment::getCount)
			.sum();
		return mine(plan, count);
	}

	/**
	 * Logs a practice of mine: the same rules and messages as on the clinician's side.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public void logPractice(long assignmentId, NewCompletion practice) {
		long me = clients.requireMyOwnRecord(AuditAction.CREATE, AuditSubject.COMPLETION);
		HomeworkAssignment plan = myActivePlan(me, assignmentId, AuditAction.CREATE);
		NewCompletion checked = PracticeLogService.checked(practice, plan.prompts().size(), LocalDate.now(clock));
		Completion completion = completions
			.saveAndFlush(new Completion(assignmentId, me, checked, account(), EnteredBy.CLIENT, clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.COMPLETION, completion.requireId(), me,
				"practice logged in the portal");
	}

	/** Notes why a practice of mine did not happen; no judgement, a reason and words. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public void couldNotPractise(long assignmentId, @Nullable LocalDate day, @Nullable MissedReason reason,
			@Nullable String note) {
		HomeworkRules.require("reason", reason == null ? "homework.rule.required" : null);
		HomeworkRules.require("note", HomeworkRules.optionalText(note, MissedPractice.NOTE_MAX));
		long me = clients.requireMyOwnRecord(AuditAction.CREATE, AuditSubject.HOMEWORK);
		HomeworkAssignment plan = myActivePlan(me, assignmentId, AuditAction.CREATE);
		HomeworkRules.require("missedOn", day == null ? "homework.rule.required"
				: HomeworkRules.missedOnProblem(day, plan.getStartDate(), LocalDate.now(clock)));
		missedPractices.saveAndFlush(
				MissedPractice.byClient(assignmentId, day, reason, FreeText.clean(note), account(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.HOMEWORK, assignmentId, me,
				"missed practice noted in the portal");
	}

	private HomeworkAssignment myActivePlan(long me, long assignmentId, AuditAction attempted) {
		HomeworkAssignment plan = assignments.findById(assignmentId)
			.filter(found -> found.getClientId() == me)
			.orElseThrow(() -> {
				audit.recordDenied(attempted, AuditSubject.HOMEWORK, assignmentId);
				return new HomeworkNotFoundException("assignment", assignmentId);
			});
		if (plan.getStatus() != AssignmentStatus.ACTIVE) {
			throw new InvalidInputException("assignment", "portal.rule.planNotActive");
		}
		return plan;
	}

	private static MyHomework mine(HomeworkAssignment plan, long practisedThisWeek) {
		String key = plan.getBuiltInKey();
		return new MyHomework(plan.requireId(), plan.text(), plan.getPersonalNote(), plan.getTargetMinutes(),
				plan.getStartDate(), practisedThisWeek, key == null ? null : BreathPattern.ofBuiltIn(key).orElse(null));
	}

	private long account() {
		return currentUser.require().accountId();
	}

}
