package dev.harbor.ladder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.InvalidInputException;
import dev.harbor.review.DraftKind;
import dev.harbor.review.EntryReviews;
import dev.harbor.review.ReviewSupport;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's own ladders in the portal: the steps they agreed with their clinician, the
 * one they are on now, and their attempts (logging one, reading it again, correcting it
 * while unread, adding to it once read). Only their own ladders, always from the
 * signed-in client's account; another client's is refused, audited, and looks like none.
 * Shaping the ladder stays with the clinician, in session.
 */
@Service
public class MyLadderService {

	private final LadderBook book;

	private final ClientService clients;

	private final AuditService audit;

	private final Clock clock;

	private final EntryReviews<LadderAttempt, AttemptView> reviews;

	MyLadderService(LadderBook book, ClientService clients, AuditService audit, ReviewSupport reviewSupport,
			Clock clock) {
		this.book = book;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.reviews = new EntryReviews<>(reviewSupport, book.attempts, AuditSubject.LADDER_ATTEMPT, "Ladder attempt",
				LadderNotFoundException::new, LadderAttempt::view);
	}

	/** My ladders in use, newest first, each with its steps and where I am now. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public List<LadderView> myLadders() {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.LADDER);
		audit.record(AuditAction.VIEW, AuditSubject.LADDER, null, me, "portal: my ladders");
		return book.ladders.findTop20ByClientIdOrderByCreatedAtDescIdDesc(me)
			.stream()
			.filter(ladder -> ladder.getSetAsideAt() == null)
			.map(book::view)
			.toList();
	}

	/** An attempt of mine, on a step of one of my ladders in use. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyAttempt logAttempt(long ladderId, NewAttempt attempt, boolean bringToSession) {
		require(attempt);
		long me = clients.requireMyOwnRecord(AuditAction.CREATE, AuditSubject.LADDER_ATTEMPT);
		myLadder(me, ladderId, AuditAction.CREATE);
		requireStepInUse(ladderId, attempt.stepId());
		LadderAttempt logged = new LadderAttempt(me, ladderId, LadderRules.cleaned(attempt), reviews.me(),
				EnteredBy.CLIENT, clock.instant());
		logged.wishToBring(bringToSession);
		LadderAttempt saved = book.attempts.saveAndFlush(logged);
		reviews.draftSaved(me, DraftKind.LADDER_ATTEMPT);
		audit.record(AuditAction.CREATE, AuditSubject.LADDER_ATTEMPT, saved.requireId(), me,
				"attempt logged in the portal");
		return MyAttempt.of(reviews.viewOfNew(saved));
	}

	/** One page of the attempts I logged in the portal, newest first. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public Slice<MyAttempt> myAttempts(Pageable pageable) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.LADDER_ATTEMPT);
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.LADDER_ATTEMPT, null, me, "portal: my attempts");
		}
		return reviews
			.views(book.attempts.findByClientIdAndEnteredByKindOrderByHappenedAtDescIdDesc(me, EnteredBy.CLIENT,
					pageable))
			.map(MyAttempt::of);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyAttempt myAttempt(long attemptId) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.LADDER_ATTEMPT);
		LadderAttempt attempt = mine(me, attemptId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.LADDER_ATTEMPT, attemptId, me, "portal: opened an attempt");
		return MyAttempt.of(reviews.viewOf(attempt));
	}

	/** Corrects an attempt of mine my clinician has not read yet. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyAttempt correctAttempt(long attemptId, long version, NewAttempt attempt, boolean bringToSession) {
		require(attempt);
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, AuditSubject.LADDER_ATTEMPT);
		LadderAttempt owned = mine(me, attemptId, AuditAction.CHANGE);
		requireStepInUse(owned.getLadderId(), attempt.stepId());
		LadderAttempt stored = reviews.ownedForCorrection(me, attemptId, version);
		stored.correct(LadderRules.cleaned(attempt), clock.instant());
		stored.wishToBring(bringToSession);
		return MyAttempt.of(reviews.changed(stored, "attempt corrected in the portal"));
	}

	/** Adds to an attempt of mine my clinician has read; the attempt stays as it was. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyAttempt addToAttempt(long attemptId, @Nullable String text) {
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, AuditSubject.LADDER_ATTEMPT);
		mine(me, attemptId, AuditAction.CHANGE);
		return MyAttempt.of(reviews.addAfterReview(me, attemptId, text));
	}

	private Ladder myLadder(long me, long ladderId, AuditAction attempted) {
		return book.ladders.findById(ladderId)
			.filter(ladder -> ladder.getClientId() == me && ladder.getSetAsideAt() == null)
			.orElseThrow(() -> {
				audit.recordDenied(attempted, AuditSubject.LADDER, ladderId);
				return new LadderNotFoundException(ladderId);
			});
	}

	/** Mine and written by me in the portal; anything else looks like no attempt. */
	private LadderAttempt mine(long me, long attemptId, AuditAction attempted) {
		LadderAttempt attempt = reviews.ownedBy(me, attemptId, attempted);
		if (attempt.getEnteredByKind() != EnteredBy.CLIENT) {
			audit.recordDenied(attempted, AuditSubject.LADDER_ATTEMPT, attemptId);
			throw new LadderNotFoundException(attemptId);
		}
		return attempt;
	}

	private void requireStepInUse(long ladderId, @Nullable Long stepId) {
		if (stepId == null || book.steps.findById(stepId)
			.filter(step -> step.getLadderId() == ladderId && !step.isSetAside())
			.isEmpty()) {
			throw new InvalidInputException("stepId", "ladder.rule.step");
		}
	}

	private void require(NewAttempt attempt) {
		InvalidInputException problem = LadderRules.problemOf(attempt, LocalDateTime.now(clock));
		if (problem != null) {
			throw problem;
		}
	}

}
