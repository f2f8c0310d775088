package dev.harbor.diary;

import java.time.Clock;
import java.time.LocalDate;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.common.EnteredBy;
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
 * The client's own trigger diary, in the portal: writing an entry (the draft goes once it
 * is saved), their past entries, correcting one the clinician has not reviewed yet, and
 * adding to one they have. The record always comes from the signed-in client's account;
 * another client's entry is refused, audited, and looks like no entry at all.
 */
@Service
public class MyDiaryService {

	private final DiaryEntryRepository entries;

	private final ClientService clients;

	private final AuditService audit;

	private final Clock clock;

	private final EntryReviews<DiaryEntry, DiaryEntryView> reviews;

	MyDiaryService(DiaryEntryRepository entries, ClientService clients, AuditService audit, ReviewSupport reviewSupport,
			Clock clock) {
		this.entries = entries;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.reviews = new EntryReviews<>(reviewSupport, entries, AuditSubject.DIARY, "Diary entry",
				DiaryNotFoundException::new, DiaryEntry::view);
	}

	/** A new entry of mine, checked by the same rules as the clinician's form. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyDiaryEntry writeEntry(NewDiaryEntry entry, boolean bringToSession) {
		DiaryRules.require(entry, today());
		long me = clients.requireMyOwnRecord(AuditAction.CREATE, AuditSubject.DIARY);
		DiaryEntry saved = entries.saveAndFlush(
				DiaryEntry.byClient(me, DiaryRules.cleaned(entry), bringToSession, reviews.me(), clock.instant()));
		reviews.draftSaved(me, DraftKind.DIARY);
		audit.record(AuditAction.CREATE, AuditSubject.DIARY, saved.requireId(), me,
				"diary entry written in the portal");
		return MyDiaryEntry.of(reviews.viewOfNew(saved));
	}

	/** One page of what I wrote in the portal, newest first. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public Slice<MyDiaryEntry> myEntries(Pageable pageable) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.DIARY);
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.DIARY, null, me, "portal: my diary entries");
		}
		return reviews
			.views(entries.findByClientIdAndEnteredByKindOrderByHappenedAtDescIdDesc(me, EnteredBy.CLIENT, pageable))
			.map(MyDiaryEntry::of);
	}

	/** One entry of mine, to read again or correct. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyDiaryEntry myEntry(long entryId) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.DIARY);
		DiaryEntry entry = mine(me, entryId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.DIARY, entryId, me, "portal: opened an entry");
		return MyDiaryEntry.of(reviews.viewOf(entry));
	}

	/** Corrects an entry of mine the clinician has not reviewed yet. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyDiaryEntry correctEntry(long entryId, long version, NewDiaryEntry entry, boolean bringToSession) {
		DiaryRules.require(entry, today());
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, AuditSubject.DIARY);
		mine(me, entryId, AuditAction.CHANGE);
		DiaryEntry stored = reviews.ownedForCorrection(me, entryId, version);
		stored.correctByClient(DiaryRules.cleaned(entry), bringToSession, clock.instant());
		return MyDiaryEntry.of(reviews.changed(stored, "diary entry corrected in the portal"));
	}

	/** Adds to an entry of mine the clinician has reviewed; the entry stays as it was. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public MyDiaryEntry addToEntry(long entryId, @Nullable String text) {
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, AuditSubject.DIARY);
		mine(me, entryId, AuditAction.CHANGE);
		return MyDiaryEntry.of(reviews.addAfterReview(me, entryId, text));
	}

	/** Mine and written by me in the portal; anything else looks like no entry. */
	private DiaryEntry mine(long me, long entryId, AuditAction attempted) {
		DiaryEntry entry = reviews.ownedBy(me, entryId, attempted);
		if (entry.getEnteredByKind() != EnteredBy.CLIENT) {
			audit.recordDenied(attempted, AuditSubject.DIARY, entryId);
			throw new DiaryNotFoundException(entryId);
		}
		return entry;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
