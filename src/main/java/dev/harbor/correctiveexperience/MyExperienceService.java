package dev.harbor.correctiveexperience;

import java.time.Clock;
import java.time.LocalDate;

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
 * The client's own log of corrective experiences, in the portal: logging one (the draft
 * goes once it is saved), their past ones, correcting one the clinician has not reviewed
 * yet, and adding to one they have. The record always comes from the signed-in client's
 * account; another client's is refused, audited, and looks like none at all.
 */
@Service
public class MyExperienceService {

	private final CorrectiveExperienceRepository entries;

	private final ClientService clients;

	private final AuditService audit;

	private final Clock clock;

	private final EntryReviews<CorrectiveExperience, ExperienceView> reviews;

	MyExperienceService(CorrectiveExperienceRepository entries, ClientService clients, AuditService audit,
			ReviewSupport reviewSupport, Clock clock) {
		this.entries = entries;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.reviews = new EntryReviews<>(reviewSupport, entries, AuditSubject.CORRECTIVE_EXPERIENCE,
				"Corrective experience", ExperienceNotFoundException::new, CorrectiveExperience::view);
	}

	/** A new entry of mine, checked by the same rules as the clinician's form. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyExperience logExperience(NewExperience entry, boolean bringToSession) {
		require(entry);
		long me = clients.requireMyOwnRecord(AuditAction.CREATE, AuditSubject.CORRECTIVE_EXPERIENCE);
		CorrectiveExperience saved = entries.saveAndFlush(CorrectiveExperience.byClient(me,
				ExperienceRules.cleaned(entry), bringToSession, reviews.me(), clock.instant()));
		reviews.draftSaved(me, DraftKind.EXPERIENCE);
		audit.record(AuditAction.CREATE, AuditSubject.CORRECTIVE_EXPERIENCE, saved.requireId(), me,
				"experience logged in the portal");
		return MyExperience.of(reviews.viewOfNew(saved));
	}

	/** One page of what I wrote in the portal, newest first. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public Slice<MyExperience> myExperiences(Pageable pageable) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE);
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE, null, me, "portal: my experiences");
		}
		return reviews
			.views(entries.findByClientIdAndEnteredByKindOrderByHappenedAtDescIdDesc(me, EnteredBy.CLIENT, pageable))
			.map(MyExperience::of);
	}

	/** One entry of mine, to read again or correct. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyExperience myExperience(long entryId) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE);
		CorrectiveExperience entry = mine(me, entryId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.CORRECTIVE_EXPERIENCE, entryId, me, "portal: opened an experience");
		return MyExperience.of(reviews.viewOf(entry));
	}

	/** Corrects an entry of mine the clinician has not reviewed yet. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyExperience correctExperience(long entryId, long version, NewExperience entry, boolean bringToSession) {
		require(entry);
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, AuditSubject.CORRECTIVE_EXPERIENCE);
		mine(me, entryId, AuditAction.CHANGE);
		CorrectiveExperience stored = reviews.ownedForCorrection(me, entryId, version);
		stored.correctByClient(ExperienceRules.cleaned(entry), bringToSession, clock.instant());
		return MyExperience.of(reviews.changed(stored, "experience corrected in the portal"));
	}

	/** Adds to an entry of mine the clinician has reviewed; the entry stays as it was. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyExperience addToExperience(long entryId, @Nullable String text) {
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, AuditSubject.CORRECTIVE_EXPERIENCE);
		mine(me, entryId, AuditAction.CHANGE);
		return MyExperience.of(reviews.addAfterReview(me, entryId, text));
	}

	/** Mine and written by me in the portal; anything else looks like no entry. */
	private CorrectiveExperience mine(long me, long entryId, AuditAction attempted) {
		CorrectiveExperience entry = reviews.ownedBy(me, entryId, attempted);
		if (entry.getEnteredByKind() != EnteredBy.CLIENT) {
			audit.recordDenied(attempted, AuditSubject.CORRECTIVE_EXPERIENCE, entryId);
			throw new ExperienceNotFoundException(entryId);
		}
		return entry;
	}

	private void require(NewExperience experience) {
		InvalidInputException problem = ExperienceRules.problemOf(experience, LocalDate.now(clock));
		if (problem != null) {
			throw problem;
		}
	}

}
