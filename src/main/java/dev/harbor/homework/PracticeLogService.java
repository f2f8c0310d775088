package dev.harbor.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.review.EntryRow;
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
 * The practice log of a client's homework: each practice logged (when, how long, distress
 * before and after, the answers), corrected or struck out, and the reasons a practice did
 * not happen. "Today", for what may not lie in the future, is the practice's, from the
 * clock. Method security, then the assignment's client on my caseload, then the work and
 * its audit event in one transaction.
 */
@Service
public class PracticeLogService {

	private final AssignmentRepository assignments;

	private final CompletionRepository completions;

	private final PracticeLogQuery practiceLogQuery;

	private final MissedPracticeRepository missedPractices;

	private final MyAssignments myAssignments;

	private final CurrentUser currentUser;

	private final UserAccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	PracticeLogService(AssignmentRepository assignments, CompletionRepository completions,
			PracticeLogQuery practiceLogQuery, MissedPracticeRepository missedPractices, MyAssignments myAssignments,
			CurrentUser currentUser, UserAccountService accounts, AuditService audit, Clock clock) {
		this.assignments = assignments;
		this.completions = completions;
		this.practiceLogQuery = practiceLogQuery;
		this.missedPractices = missedPractices;
		this.myAssignments = myAssignments;
		this.currentUser = currentUser;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Logs one practice, entered by the clinician (from a worksheet or in session). */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public CompletionView recordCompletion(long assignmentId, NewCompletion practice) {
		HomeworkAssignment assignment = myAssignments.mine(assignmentId, AuditAction.CREATE);
		NewCompletion checked = checked(practice, assignment.prompts().size(), LocalDate.now(clock));
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
		Slice<EntryRow<Completion, List<String>>> page = practiceLogQuery.page(assignmentId, me(), pageable);
		long clientId = page.hasContent() ? page.getContent().getFirst().entry().getClientId()
				: myAssignments.mine(assignmentId, AuditAction.VIEW).getClientId();
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.HOMEWORK, assignmentId, clientId, "practice log");
		}
		return page.map(row -> row.entry().view(row.enteredByName(), row.answers()));
	}

	/** Corrects a logged practice; the version guards against two people at once. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public CompletionView correctCompletion(long completionId, long version, NewCompletion practice) {
		Completion completion = myCompletionAtVersion(completionId, version);
		HomeworkAssignment assignment = assignments.getReferenceById(completion.getAssignmentId());
		NewCompletion checked = checked(practice, assignment.prompts().size(), LocalDate.now(clock));
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
			@Nullable String note) {
		LocalDate today = LocalDate.now(clock);
		HomeworkRules.require("reason", reason == null ? "homework.rule.required" : null);
		HomeworkRules.require("note", HomeworkRules.optionalText(note, MissedPractice.NOTE_MAX));
		HomeworkAssignment assignment = myAssignments.mine(assignmentId, AuditAction.CREATE);
		HomeworkRules.require("missedOn", HomeworkRules.missedOnProblem(missedOn, assignment.getStartDate(), today));
		MissedPractice missed = missedPractices.saveAndFlush(
				new MissedPractice(assignmentId, missedOn, reason, FreeText.clean(note), me(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.HOMEWORK, assignmentId, assignment.getClientId(),
				"missed practice noted");
		return missed.view();
	}

	static NewCompletion checked(NewCompletion practice, int prompts, LocalDate today) {
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

	private Completion myCompletionAtVersion(long completionId, long version) {
		Completion completion = completions.findById(completionId).orElseThrow(() -> {
			audit.recordDenied(AuditAction.CHANGE, AuditSubject.COMPLETION, completionId);
			return new HomeworkNotFoundException("practice", completionId);
		});
		myAssignments.mine(completion.getAssignmentId(), AuditAction.CHANGE);
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
