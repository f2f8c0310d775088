package dev.harbor.correctiveexperience;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientToReview;
import dev.harbor.client.ConcurrentEditException;
import dev.harbor.common.EntryReview;
import dev.harbor.common.InvalidInputException;
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
 * A client's corrective-experience log: what they risked, what they feared and what
 * actually happened. Entering and correcting, reviewing (mark reviewed, comment, flag)
 * and the belief before versus after over a period. Method security, then the client's
 * place on my caseload, then the work and its audit event in one transaction.
 */
@Service
public class CorrectiveExperienceService {

	private final CorrectiveExperienceRepository experiences;

	private final ClientService clients;

	private final UserAccountService accounts;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final SessionLinks sessionLinks;

	private final Clock clock;

	CorrectiveExperienceService(CorrectiveExperienceRepository experiences, ClientService clients,
			UserAccountService accounts, CurrentUser currentUser, AuditService audit, SessionLinks sessionLinks,
			Clock clock) {
		this.experiences = experiences;
		this.clients = clients;
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.audit = audit;
		this.sessionLinks = sessionLinks;
		this.clock = clock;
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView recordExperience(long clientId, NewExperience experience) {
		require(experience);
		clients.requireMine(clientId, AuditAction.CREATE);
		CorrectiveExperience saved = experiences.saveAndFlush(
				new CorrectiveExperience(clientId, ExperienceRules.cleaned(experience), me(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.CORRECTIVE_EXPERIENCE, saved.requireId(), clientId,
				"experience added");
		return viewOf(saved);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView correctExperience(long experienceId, long version, NewExperience experience) {
		require(experience);
		CorrectiveExperience stored = mineAtVersion(experienceId, version);
		stored.correct(ExperienceRules.cleaned(experience), clock.instant());
		return changed(stored, "experience corrected");
	}

	/** One page of the log, newest first; the first page is one "viewed" event. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public Slice<ExperienceView> experiences(long clientId, ExperienceFilter filter, Pageable pageable) {
		clients.requireMine(clientId, AuditAction.VIEW);
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE, null, clientId,
					"viewed corrective experiences");
		}
		Slice<CorrectiveExperience> page = experiences.page(clientId, filter.from(), filter.to(), filter.risk(),
				filter.reviewed(), filter.flaggedOnly(), pageable);
		Map<Long, String> names = accounts
			.displayNames(page.stream().map(CorrectiveExperience::getEnteredBy).distinct().toList());
		return page.map(experience -> experience.view(names.getOrDefault(experience.getEnteredBy(), "")));
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<ExperienceView> markReviewed(long clientId, Collection<Long> experienceIds) {
		return review(clientId, experienceIds, null);
	}

	/**
	 * Marks experiences reviewed while a session of the client is open, linking each to
	 * that session; those reviewed earlier keep their date and gain the link.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<ExperienceView> markReviewedInSession(long clientId, long sessionId, Collection<Long> experienceIds) {
		return review(clientId, experienceIds, sessionId);
	}

	/** The experiences gone through in one session, in the order they happened. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<ExperienceView> reviewedInSession(long clientId, long sessionId) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE, null, clientId,
				"viewed experiences reviewed in session");
		return views(experiences.reviewedInSession(clientId, sessionId));
	}

	private List<ExperienceView> review(long clientId, Collection<Long> experienceIds, @Nullable Long sessionId) {
		clients.requireMine(clientId, AuditAction.CHANGE);
		if (sessionId != null && !sessionLinks.isSessionOf(sessionId, clientId)) {
			audit.recordDenied(AuditAction.CHANGE, AuditSubject.CORRECTIVE_EXPERIENCE, null);
			throw new ExperienceNotFoundException(experienceIds.stream().findFirst().orElse(0L));
		}
		List<CorrectiveExperience> found = experiences.findByClientIdAndIdIn(clientId, experienceIds);
		if (found.size() != new HashSet<>(experienceIds).size()) {
			audit.recordDenied(AuditAction.CHANGE, AuditSubject.CORRECTIVE_EXPERIENCE, null);
			throw new ExperienceNotFoundException(experienceIds.stream().findFirst().orElse(0L));
		}
		found.forEach(experience -> experience.review().markReviewed(me(), clock.instant(), sessionId));
		audit.record(AuditAction.CHANGE, AuditSubject.CORRECTIVE_EXPERIENCE,
				found.size() == 1 ? found.getFirst().requireId() : null, clientId,
				"reviewed " + found.size() + (sessionId == null ? "" : " in session " + sessionId));
		experiences.flush();
		return views(found);
	}

	private List<ExperienceView> views(List<CorrectiveExperience> found) {
		Map<Long, String> names = accounts
			.displayNames(found.stream().map(CorrectiveExperience::getEnteredBy).distinct().toList());
		return found.stream()
			.map(experience -> experience.view(names.getOrDefault(experience.getEnteredBy(), "")))
			.toList();
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView comment(long experienceId, long version, @Nullable String comment) {
		String problem = ExperienceRules.textProblem(comment, EntryReview.COMMENT_MAX);
		if (problem != null) {
			throw new InvalidInputException("comment", problem);
		}
		CorrectiveExperience experience = mineAtVersion(experienceId, version);
		experience.review().comment(ExperienceRules.clean(comment));
		return changed(experience, "commented");
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ExperienceView flag(long experienceId, long version, boolean flagged) {
		CorrectiveExperience experience = mineAtVersion(experienceId, version);
		experience.review().flag(flagged);
		return changed(experience, flagged ? "flagged" : "flag removed");
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
	public List<ClientToReview> myExperiencesToReview() {
		audit.record(AuditAction.LIST, AuditSubject.CORRECTIVE_EXPERIENCE, null, null, "experiences to review");
		return experiences.toReview(me())
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

	private ExperienceView changed(CorrectiveExperience experience, String what) {
		audit.record(AuditAction.CHANGE, AuditSubject.CORRECTIVE_EXPERIENCE, experience.requireId(),
				experience.getClientId(), what);
		experiences.flush();
		return viewOf(experience);
	}

	private ExperienceView viewOf(CorrectiveExperience experience) {
		return experience.view(
				accounts.displayNames(List.of(experience.getEnteredBy())).getOrDefault(experience.getEnteredBy(), ""));
	}

	private CorrectiveExperience mineAtVersion(long experienceId, long version) {
		CorrectiveExperience experience = experiences.findById(experienceId).orElseThrow(() -> {
			audit.recordDenied(AuditAction.CHANGE, AuditSubject.CORRECTIVE_EXPERIENCE, experienceId);
			return new ExperienceNotFoundException(experienceId);
		});
		clients.requireMine(experience.getClientId(), AuditAction.CHANGE);
		if (experience.getVersion() != version) {
			throw new ConcurrentEditException("Corrective experience", experienceId);
		}
		return experience;
	}

	private long me() {
		return currentUser.require().accountId();
	}

}
