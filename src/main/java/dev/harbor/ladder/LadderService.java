package dev.harbor.ladder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientToReview;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.review.EntryReviews;
import dev.harbor.review.EntryRow;
import dev.harbor.review.ReviewSupport;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Separation and closeness ladders for the clinician: starting one from a template,
 * shaping its steps (add, change, move, split, set aside; every change kept in its
 * history), where the client is now, and the attempts, logged in session and reviewed
 * like the diary. Method security, then the client's place on my caseload, then the work
 * and its audit event in one transaction.
 */
@Service
public class LadderService {

	/** The most attempts of one client a period's summary reads. */
	static final int PERIOD_MAX = 500;

	private final LadderBook book;

	private final LadderTemplateRepository templates;

	private final ClientService clients;

	private final AuditService audit;

	private final UserAccountService accounts;

	private final HarborI18nProvider words;

	private final Clock clock;

	private final EntryReviews<LadderAttempt, AttemptView> reviews;

	private final LadderAttemptQuery attemptPages;

	LadderService(LadderBook book, LadderAttemptQuery attemptPages, LadderTemplateRepository templates,
			ClientService clients, AuditService audit, UserAccountService accounts, HarborI18nProvider words,
			ReviewSupport reviewSupport, Clock clock) {
		this.book = book;
		this.attemptPages = attemptPages;
		this.templates = templates;
		this.clients = clients;
		this.audit = audit;
		this.accounts = accounts;
		this.words = words;
		this.clock = clock;
		this.reviews = new EntryReviews<>(reviewSupport, book.attempts, AuditSubject.LADDER_ATTEMPT, "Ladder attempt",
				LadderNotFoundException::new, LadderAttempt::view);
	}

	/** A client's ladders, newest first, set-aside ones too. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<LadderSummary> ladders(long clientId) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.LADDER, null, clientId, "viewed ladders");
		List<Ladder> found = book.ladders.findTop20ByClientIdOrderByCreatedAtDescIdDesc(clientId);
		List<LadderStep> steps = found.isEmpty() ? List.of()
				: book.steps.findByLadderIdInOrderByPositionAscIdAsc(found.stream().map(Ladder::requireId).toList());
		return found.stream()
			.map(ladder -> book.summary(ladder,
					steps.stream().filter(step -> step.getLadderId() == ladder.requireId()).toList()))
			.toList();
	}

	/** One ladder at a glance, with the figures of its attempts and any suggestion. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView ladder(long ladderId) {
		Ladder ladder = mine(ladderId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.LADDER, ladderId, ladder.getClientId(), "viewed a ladder");
		return book.view(ladder);
	}

	/**
	 * The starting ladders I may copy: the two built in (in my language), my own and
	 * those colleagues shared.
	 */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists starting ladders, which belong to clinicians, not clients; another clinician's private ones never appear")
	public List<LadderTemplateView> templates(Locale locale) {
		List<LadderTemplateView> all = new ArrayList<>(BuiltInLadders.all(key -> words.getTranslation(key, locale)));
		List<LadderTemplate> own = templates.visibleTo(reviews.me());
		Map<Long, String> owners = accounts.displayNames(own.stream().map(LadderTemplate::getOwnerId).toList());
		own.forEach(template -> all.add(template.view(owners.getOrDefault(template.getOwnerId(), ""), reviews.me())));
		return all;
	}

	/**
	 * Starts a ladder for a client from a starting ladder, copied so the client's can be
	 * adapted freely; the first step is where they begin. A built-in ladder's words are
	 * copied in the client's language: the steps are theirs to read in the portal.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView startLadder(long clientId, String templateKey, @Nullable String goal) {
		require(LadderRules.goalProblem(goal));
		Locale words = clients.requireMineWithContact(clientId, AuditAction.CREATE).language().locale();
		LadderTemplateView template = template(templateKey, words);
		Instant now = clock.instant();
		long me = reviews.me();
		Ladder ladder = book.ladders.saveAndFlush(new Ladder(clientId, template.kind(), goal.strip(), me, now));
		List<LadderStep> steps = new ArrayList<>();
		for (NewStep step : template.steps()) {
			steps.add(new LadderStep(ladder.requireId(), steps.size() + 1, step));
		}
		book.steps.saveAllAndFlush(steps);
		if (!steps.isEmpty()) {
			ladder.nowOn(steps.getFirst().requireId());
		}
		book.changes.save(LadderChange.ofLadder(ladder, LadderChange.What.STARTED, me, now));
		audit.record(AuditAction.CREATE, AuditSubject.LADDER, ladder.requireId(), clientId,
				"ladder started from " + (template.builtIn() ? template.key() : "an own template"));
		book.ladders.flush();
		return book.view(ladder);
	}

	/** The goal in the client's words and the anchors of their distress scale. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView describe(long ladderId, long version, @Nullable String goal, Anchors anchors) {
		require(LadderRules.goalProblem(goal));
		require(LadderRules.problemOf(anchors));
		Ladder ladder = mineAtVersion(ladderId, version);
		Anchors cleaned = LadderRules.cleaned(anchors);
		if (!ladder.getGoal().equals(goal.strip())) {
			ladder.rename(goal.strip());
			history(LadderChange.ofLadder(ladder, LadderChange.What.GOAL, reviews.me(), clock.instant()));
		}
		if (!ladder.anchors().equals(cleaned)) {
			ladder.anchor(cleaned);
			history(LadderChange.ofLadder(ladder, LadderChange.What.ANCHORS, reviews.me(), clock.instant()));
		}
		return changed(ladder, "ladder described");
	}

	/** A new step at the top of the ladder. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView addStep(long ladderId, long version, NewStep step) {
		require(LadderRules.problemOf(step));
		Ladder ladder = mineAtVersion(ladderId, version);
		List<LadderStep> steps = book.steps.findByLadderIdOrderByPositionAscIdAsc(ladderId);
		requireRoom(steps);
		int position = steps.isEmpty() ? 1 : steps.getLast().getPosition() + 1;
		LadderStep added = book.steps.saveAndFlush(new LadderStep(ladderId, position, LadderRules.cleaned(step)));
		if (ladder.getCurrentStepId() == null) {
			ladder.nowOn(added.requireId());
		}
		history(LadderChange.ofStep(added, LadderChange.What.STEP_ADDED, reviews.me(), clock.instant()));
		ladder.touch(clock.instant());
		return changed(ladder, "step added");
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView changeStep(long stepId, long version, NewStep step) {
		require(LadderRules.problemOf(step));
		LadderStep stored = stepAtVersion(stepId, version);
		stored.change(LadderRules.cleaned(step));
		book.steps.flush();
		history(LadderChange.ofStep(stored, LadderChange.What.STEP_CHANGED, reviews.me(), clock.instant()));
		return changed(ladderOf(stored), "step changed");
	}

	/** Swaps a step with the one below it ({@code up} false) or above it. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView moveStep(long stepId, long version, boolean up) {
		LadderStep stored = stepAtVersion(stepId, version);
		List<LadderStep> steps = book.steps.findByLadderIdOrderByPositionAscIdAsc(stored.getLadderId());
		int index = steps.indexOf(stored);
		int other = up ? index + 1 : index - 1;
		if (other < 0 || other >= steps.size()) {
			throw new InvalidInputException("step", up ? "ladder.rule.top" : "ladder.rule.bottom");
		}
		LadderStep neighbour = steps.get(other);
		int position = stored.getPosition();
		stored.moveTo(neighbour.getPosition());
		neighbour.moveTo(position);
		book.steps.flush();
		history(LadderChange.ofStep(stored, LadderChange.What.STEP_MOVED, reviews.me(), clock.instant()));
		return changed(ladderOf(stored), "step moved");
	}

	/**
	 * Splits a step in two: a copy goes right above it, for the clinician to make the two
	 * halves of one big step.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView splitStep(long stepId, long version) {
		LadderStep stored = stepAtVersion(stepId, version);
		List<LadderStep> steps = book.steps.findByLadderIdOrderByPositionAscIdAsc(stored.getLadderId());
		requireRoom(steps);
		steps.stream()
			.filter(step -> step.getPosition() > stored.getPosition())
			.forEach(step -> step.moveTo(step.getPosition() + 1));
		book.steps.flush();
		LadderStep half = book.steps
			.saveAndFlush(new LadderStep(stored.getLadderId(), stored.getPosition() + 1, stored.words()));
		history(LadderChange.ofStep(half, LadderChange.What.STEP_SPLIT, reviews.me(), clock.instant()));
		return changed(ladderOf(stored), "step split");
	}

	/**
	 * Sets a step aside (kept, with its attempts, but no longer offered), or takes it
	 * back.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView setStepAside(long stepId, long version, boolean aside) {
		LadderStep stored = stepAtVersion(stepId, version);
		Ladder ladder = ladderOf(stored);
		if (aside && ladder.getCurrentStepId() != null && ladder.getCurrentStepId() == stepId) {
			throw new InvalidInputException("step", "ladder.rule.currentAside");
		}
		stored.setAside(aside ? clock.instant() : null);
		book.steps.flush();
		history(LadderChange.ofStep(stored, aside ? LadderChange.What.STEP_SET_ASIDE : LadderChange.What.STEP_BACK,
				reviews.me(), clock.instant()));
		return changed(ladder, aside ? "step set aside" : "step taken back");
	}

	/**
	 * The step the client is on now: the next one when they are ready, the same again, or
	 * an earlier one after a hard week. Always the clinician's and client's choice.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView nowOn(long ladderId, long version, long stepId) {
		Ladder ladder = mineAtVersion(ladderId, version);
		LadderStep step = book.steps.findById(stepId)
			.filter(found -> found.getLadderId() == ladderId && !found.isSetAside())
			.orElseThrow(() -> new InvalidInputException("step", "ladder.rule.step"));
		ladder.nowOn(stepId);
		history(LadderChange.ofStep(step, LadderChange.What.NOW_ON, reviews.me(), clock.instant()));
		return changed(ladder, "now on another step");
	}

	/** Sets the whole ladder aside (kept, read-only), or takes it back into use. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderView setLadderAside(long ladderId, long version, boolean aside) {
		Ladder ladder = mineAtVersion(ladderId, version);
		ladder.setAside(aside ? clock.instant() : null);
		history(LadderChange.ofLadder(ladder,
				aside ? LadderChange.What.LADDER_SET_ASIDE : LadderChange.What.LADDER_BACK, reviews.me(),
				clock.instant()));
		return changed(ladder, aside ? "ladder set aside" : "ladder taken back");
	}

	/** The ladder's history, newest first: each change with the step as it became. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<LadderChangeView> history(long ladderId) {
		Ladder ladder = mine(ladderId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.LADDER, ladderId, ladder.getClientId(), "viewed ladder history");
		List<LadderChange> found = book.changes.findTop100ByLadderIdOrderByChangedAtDescIdDesc(ladderId);
		Map<Long, String> names = accounts
			.displayNames(found.stream().map(LadderChange::getChangedBy).distinct().toList());
		return found.stream().map(change -> change.view(names.getOrDefault(change.getChangedBy(), ""))).toList();
	}

	/**
	 * Keeps a ladder's steps as a starting ladder of my own, private or shared with the
	 * practice. The client's goal and anchors stay with the client.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LadderTemplateView keepAsTemplate(long ladderId, @Nullable String name, boolean shared) {
		require(LadderRules.nameProblem(name));
		Ladder ladder = mine(ladderId, AuditAction.VIEW);
		List<NewStep> steps = book.steps.findByLadderIdOrderByPositionAscIdAsc(ladderId)
			.stream()
			.filter(step -> !step.isSetAside())
			.map(LadderStep::words)
			.toList();
		LadderTemplate template = templates.saveAndFlush(
				new LadderTemplate(reviews.me(), shared, name.strip(), ladder.getKind(), steps, clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.LADDER_TEMPLATE, template.requireId(), ladder.getClientId(),
				shared ? "template kept, shared" : "template kept");
		return template.view(accounts.displayNames(List.of(reviews.me())).getOrDefault(reviews.me(), ""), reviews.me());
	}

	/**
	 * Archives one of my own starting ladders; ladders copied from it are not touched.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("A starting ladder belongs to the clinician who kept it; only its owner may archive it, checked here")
	public void archiveTemplate(long templateId) {
		LadderTemplate template = templates.findById(templateId)
			.filter(found -> found.getOwnerId() == reviews.me())
			.orElseThrow(() -> {
				audit.recordDenied(AuditAction.CHANGE, AuditSubject.LADDER_TEMPLATE, templateId);
				return new LadderNotFoundException(templateId);
			});
		template.archive(clock.instant());
		audit.record(AuditAction.CHANGE, AuditSubject.LADDER_TEMPLATE, templateId, null, "template archived");
	}

	/** An attempt logged in session. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public AttemptView logAttempt(long ladderId, NewAttempt attempt) {
		require(LadderRules.problemOf(attempt, LocalDateTime.now(clock)));
		Ladder ladder = mine(ladderId, AuditAction.CREATE);
		requireStepOf(ladderId, attempt.stepId());
		LadderAttempt saved = book.attempts.saveAndFlush(new LadderAttempt(ladder.getClientId(), ladderId,
				LadderRules.cleaned(attempt), reviews.me(), EnteredBy.CLINICIAN, clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.LADDER_ATTEMPT, saved.requireId(), ladder.getClientId(),
				"attempt logged");
		return reviews.viewOfNew(saved);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public AttemptView correctAttempt(long attemptId, long version, NewAttempt attempt) {
		require(LadderRules.problemOf(attempt, LocalDateTime.now(clock)));
		LadderAttempt stored = reviews.mineAtVersion(attemptId, version);
		requireStepOf(stored.getLadderId(), attempt.stepId());
		stored.correct(LadderRules.cleaned(attempt), clock.instant());
		return reviews.changed(stored, "attempt corrected");
	}

	/**
	 * One page of a ladder's attempts, newest first; the first page is one "viewed"
	 * event.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public Slice<AttemptView> attempts(long ladderId, Pageable pageable) {
		Slice<EntryRow<LadderAttempt, Set<SafetyBehaviour>>> rows = attemptPages.page(ladderId, reviews.me(), pageable);
		long clientId = rows.hasContent() ? rows.getContent().getFirst().entry().getClientId()
				: mine(ladderId, AuditAction.VIEW).getClientId();
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.LADDER_ATTEMPT, null, clientId, "viewed ladder attempts");
		}
		return reviews.rowViews(rows, LadderAttempt::ofRow);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<AttemptView> markReviewed(long clientId, Collection<Long> attemptIds) {
		return reviews.markReviewed(clientId, attemptIds, null);
	}

	/**
	 * Marks attempts reviewed while a session of the client is open, linking each to it.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<AttemptView> markReviewedInSession(long clientId, long sessionId, Collection<Long> attemptIds) {
		return reviews.markReviewed(clientId, attemptIds, sessionId);
	}

	/** The attempts gone through in one session, in the order they happened. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<AttemptView> reviewedInSession(long clientId, long sessionId) {
		return reviews.reviewedInSession(clientId, sessionId, "viewed attempts reviewed in session");
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public AttemptView comment(long attemptId, long version, @Nullable String comment) {
		return reviews.comment(attemptId, version, comment);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public AttemptView flag(long attemptId, long version, boolean flagged) {
		return reviews.flag(attemptId, version, flagged);
	}

	/**
	 * A client's ladders over a period, for the summary, the handout and "since the
	 * previous session": those in use, and any other with attempts in the period.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<LadderPeriod> period(long clientId, LocalDate from, LocalDate to) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.LADDER_ATTEMPT, null, clientId, "viewed ladders over a period");
		List<AttemptView> inPeriod = reviews
			.views(book.attempts.inPeriod(clientId, from, to, PageRequest.of(0, PERIOD_MAX)));
		List<LadderPeriod> periods = new ArrayList<>();
		for (Ladder ladder : book.ladders.findTop20ByClientIdOrderByCreatedAtDescIdDesc(clientId)) {
			List<AttemptView> its = inPeriod.stream().filter(view -> view.ladderId() == ladder.requireId()).toList();
			if (ladder.getSetAsideAt() == null || !its.isEmpty()) {
				periods.add(new LadderPeriod(book.view(ladder), its));
			}
		}
		return periods;
	}

	/** Per client on my caseload: attempts not yet reviewed, and flagged ones. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public List<ClientToReview> myAttemptsToReview() {
		audit.record(AuditAction.LIST, AuditSubject.LADDER_ATTEMPT, null, null, "attempts to review");
		return book.attempts.toReview(reviews.me())
			.stream()
			.map(row -> new ClientToReview(row.getClientId(), row.getClientName(), row.getUnreviewed(),
					row.getFlagged()))
			.toList();
	}

	private LadderTemplateView template(String key, Locale locale) {
		if (key.startsWith(LadderTemplateView.BUILT_IN)) {
			try {
				return BuiltInLadders.of(LadderKind.valueOf(key.substring(LadderTemplateView.BUILT_IN.length())),
						k -> words.getTranslation(k, locale));
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidInputException("template", "ladder.rule.template");
			}
		}
		long id;
		try {
			id = Long.parseLong(key.substring(LadderTemplateView.OWN.length()));
		}
		catch (NumberFormatException | IndexOutOfBoundsException unknown) {
			throw new InvalidInputException("template", "ladder.rule.template");
		}
		long me = reviews.me();
		return templates.findById(id)
			.filter(found -> !found.isArchived() && (found.getOwnerId() == me || found.isShared()))
			.map(found -> found.view("", me))
			.orElseThrow(() -> new InvalidInputException("template", "ladder.rule.template"));
	}

	private Ladder mine(long ladderId, AuditAction attempted) {
		Ladder ladder = book.ladders.findById(ladderId).orElseThrow(() -> {
			audit.recordDenied(attempted, AuditSubject.LADDER, ladderId);
			return new LadderNotFoundException(ladderId);
		});
		clients.requireMine(ladder.getClientId(), attempted);
		return ladder;
	}

	private Ladder mineAtVersion(long ladderId, long version) {
		Ladder ladder = mine(ladderId, AuditAction.CHANGE);
		if (ladder.getVersion() != version) {
			throw new ConcurrentEditException("Ladder", ladderId);
		}
		return ladder;
	}

	private LadderStep stepAtVersion(long stepId, long version) {
		LadderStep step = book.steps.findById(stepId).orElseThrow(() -> {
			audit.recordDenied(AuditAction.CHANGE, AuditSubject.LADDER, stepId);
			return new LadderNotFoundException(stepId);
		});
		mine(step.getLadderId(), AuditAction.CHANGE);
		if (step.getVersion() != version) {
			throw new ConcurrentEditException("Ladder step", stepId);
		}
		return step;
	}

	private Ladder ladderOf(LadderStep step) {
		Ladder ladder = book.ladders.findById(step.getLadderId()).orElseThrow();
		ladder.touch(clock.instant());
		return ladder;
	}

	private void requireRoom(List<LadderStep> steps) {
		if (steps.stream().filter(step -> !step.isSetAside()).count() >= LadderRules.MAX_STEPS) {
			throw new InvalidInputException("step", "ladder.rule.full");
		}
	}

	private void requireStepOf(long ladderId, @Nullable Long stepId) {
		if (stepId == null || book.steps.findById(stepId).filter(step -> step.getLadderId() == ladderId).isEmpty()) {
			throw new InvalidInputException("stepId", "ladder.rule.step");
		}
	}

	private void history(LadderChange change) {
		book.changes.save(change);
	}

	private LadderView changed(Ladder ladder, String what) {
		audit.record(AuditAction.CHANGE, AuditSubject.LADDER, ladder.requireId(), ladder.getClientId(), what);
		book.ladders.flush();
		return book.view(ladder);
	}

	private static void require(@Nullable InvalidInputException problem) {
		if (problem != null) {
			throw problem;
		}
	}

}
