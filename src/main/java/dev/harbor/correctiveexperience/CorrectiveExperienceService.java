package dev.harbor.correctiveexperience;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientToReview;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
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
 * A client's corrective-experience log: what they risked, what they feared and what
 * actually happened. Entering and correcting, reviewing (mark reviewed, comment, flag)
 * and the belief before versus after over a period. Method security, then the client's
 * place on my caseload, then the work and its audit event in one transaction.
 */
@Service
public class CorrectiveExperienceService {

	private final CorrectiveExperienceRepository experiences;

	private final ExperienceQuery query;

	private final ClientService clients;

	private final AuditService audit;

	private final Clock clock;

	private final EntryReviews<CorrectiveExperience, ExperienceView> reviews;

	CorrectiveExperienceService(CorrectiveExperienceRepository experiences, ExperienceQuery query,
			ClientService clients, AuditService audit, ReviewSupport reviewSupport, Clock clock) {
		this.experiences = experiences;
		this.query = query;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.reviews = new EntryReviews<>(reviewSupport, experiences, AuditSubject.CORRECTIVE_EXPERIENCE,
				"Corrective experience", ExperienceNotFoundException::new, CorrectiveExperience::view);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView recordExperience(long clientId, NewExperience experience) {
		require(experience);
		clients.requireMine(clientId, AuditAction.CREATE);
		CorrectiveExperience saved = experiences.saveAndFlush(
				new CorrectiveExperience(clientId, ExperienceRules.cleaned(experience), reviews.me(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.CORRECTIVE_EXPERIENCE, saved.requireId(), clientId,
				"experience added");
		return reviews.viewOfNew(saved);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView correctExperience(long experienceId, long version, NewExperience experience) {
		require(experience);
		CorrectiveExperience stored = reviews.mineAtVersion(experienceId, version);
		stored.correct(ExperienceRules.cleaned(experience), clock.instant());
		return reviews.changed(stored, "experience corrected");
	}

	/** One page of the log, newest first; the first page is one "viewed" event. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public Slice<ExperienceView> experiences(long clientId, ExperienceFilter filter, Pageable pageable) {
		Slice<ExperienceView> page = reviews.page(clientId, query.page(clientId, reviews.me(), filter, pageable),
				CorrectiveExperience::ofRow);
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE, null, clientId,
					"viewed corrective experiences");
		}
		return page;
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<ExperienceView> markReviewed(long clientId, Collection<Long> experienceIds) {
		return reviews.markReviewed(clientId, experienceIds, null);
	}

	/**
	 * Marks experiences reviewed while a session of the client is open, linking each to
	 * that session; those reviewed earlier keep their date and gain the link.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<ExperienceView> markReviewedInSession(long clientId, long sessionId, Collection<Long> experienceIds) {
		return reviews.markReviewed(clientId, experienceIds, sessionId);
	}

	/** The experiences gone through in one session, in the order they happened. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<ExperienceView> reviewedInSession(long clientId, long sessionId) {
		return reviews.reviewedInSession(clientId, sessionId, "viewed experiences reviewed in session");
	}

	/** The clinician's own comment on an experience; blank removes it. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView comment(long experienceId, long version, @Nullable String comment) {
		return reviews.comment(experienceId, version, comment);
	}

	/** Flags an experience to bring to the next session, or takes the flag off. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView flag(long experienceId, long version, boolean flagged) {
		return reviews.flag(experienceId, version, flagged);
	}

	/**
	 * The feared belief before and after each experience of a period, and the average
	 * drop.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperiencePatterns patterns(long clientId, LocalDate from, LocalDate to) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE, null, clientId,
				"viewed experience patterns");
		return new ExperiencePatterns(from, to, experiences.beliefChanges(clientId, from, to),
				experiences.averageDrop(clientId, from, to));
	}

	/** Per client on my caseload: experiences not yet reviewed, and flagged ones. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public List<ClientToReview> myExperiencesToReview() {
		audit.record(AuditAction.LIST, AuditSubject.CORRECTIVE_EXPERIENCE, null, null, "experiences to review");
		return experiences.toReview(reviews.me())
			.stream()
			.map(row -> new ClientToReview(row.getClientId(), row.getClientName(), row.getUnreviewed(),
					row.getFlagged()))
			.toList();
	}

	private void require(NewExperience experience) {
		InvalidInputException problem = ExperienceRules.problemOf(experience, LocalDate.now(clock));
		if (problem != null) {
			throw problem;
		}
	}

}
