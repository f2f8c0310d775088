package dev.harbor.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.harbor.client.ClientToReview;
import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
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
 * A client's trigger diary: entering and correcting entries, importing a file the client
 * kept elsewhere, reviewing (mark reviewed, comment, flag for the next session) and the
 * patterns of a period. Method security, then the client's place on my caseload, then the
 * work and its audit event in one transaction.
 */
@Service
public class DiaryService {

	private final DiaryEntryRepository entries;

	private final DiaryQuery query;

	private final DiaryQueries queries;

	private final ClientService clients;

	private final AuditService audit;

	private final Clock clock;

	private final EntryReviews<DiaryEntry, DiaryEntryView> reviews;

	DiaryService(DiaryEntryRepository entries, DiaryQuery query, DiaryQueries queries, ClientService clients,
			AuditService audit, ReviewSupport reviewSupport, Clock clock) {
		this.entries = entries;
		this.query = query;
		this.queries = queries;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.reviews = new EntryReviews<>(reviewSupport, entries, AuditSubject.DIARY, "Diary entry",
				DiaryNotFoundException::new, DiaryEntry::view);
	}

	/** An entry typed in by the clinician, from a worksheet or in session. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public DiaryEntryView recordEntry(long clientId, NewDiaryEntry entry) {
		DiaryRules.require(entry, today());
		clients.requireMine(clientId, AuditAction.CREATE);
		DiaryEntry saved = entries.saveAndFlush(
				new DiaryEntry(clientId, DiaryRules.cleaned(entry), DiarySource.TYPED, reviews.me(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.DIARY, saved.requireId(), clientId, "diary entry added");
		return reviews.viewOfNew(saved);
	}

	/** Corrects an entry; the version guards against two people at once. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public DiaryEntryView correctEntry(long entryId, long version, NewDiaryEntry entry) {
		DiaryRules.require(entry, today());
		DiaryEntry stored = reviews.mineAtVersion(entryId, version);
		stored.correct(DiaryRules.cleaned(entry), clock.instant());
		return reviews.changed(stored, "diary entry corrected");
	}

	/**
	 * One page of a client's diary, newest first. Opening it (the first page) is one
	 * "viewed diary" event.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public Slice<DiaryEntryView> diary(long clientId, DiaryFilter filter, Pageable pageable) {
		Slice<DiaryEntryView> page = reviews.page(clientId, query.page(clientId, reviews.me(), filter, pageable),
				DiaryEntry::ofRow);
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.VIEW, AuditSubject.DIARY, null, clientId, "viewed diary");
		}
		return page;
	}

	/**
	 * Marks entries of one client reviewed (already reviewed ones keep their date) and
	 * returns them afresh.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<DiaryEntryView> markReviewed(long clientId, Collection<Long> entryIds) {
		return reviews.markReviewed(clientId, entryIds, null);
	}

	/**
	 * Marks entries reviewed while a session of the client is open, linking each to that
	 * session; entries reviewed earlier keep their date and gain the link.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<DiaryEntryView> markReviewedInSession(long clientId, long sessionId, Collection<Long> entryIds) {
		return reviews.markReviewed(clientId, entryIds, sessionId);
	}

	/** The entries gone through in one session, in the order they happened. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<DiaryEntryView> reviewedInSession(long clientId, long sessionId) {
		return reviews.reviewedInSession(clientId, sessionId, "viewed entries reviewed in session");
	}

	/** The clinician's own comment on an entry; blank removes it. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public DiaryEntryView comment(long entryId, long version, @Nullable String comment) {
		return reviews.comment(entryId, version, comment);
	}

	/** Flags an entry to bring to the next session, or takes the flag off. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public DiaryEntryView flag(long entryId, long version, boolean flagged) {
		return reviews.flag(entryId, version, flagged);
	}

	/** Needs by relationship, feelings by week, frequent traps and behaviours. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public DiaryPatterns patterns(long clientId, LocalDate from, LocalDate to) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.DIARY, null, clientId, "viewed diary patterns");
		return queries.patterns(clientId, from, to);
	}

	/**
	 * Imports a diary file: everything is checked first and nothing is imported unless
	 * the whole file is clean; entries already in the diary (same time and situation) are
	 * skipped and listed.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ImportReport importDiary(long clientId, @Nullable String fileName, byte[] content) {
		clients.requireMine(clientId, AuditAction.CREATE);
		DiaryImport.Parsed parsed = DiaryImport.read(fileName, content);
		List<ImportReport.Problem> problems = new ArrayList<>(parsed.problems());
		for (DiaryImport.Row row : parsed.rows()) {
			InvalidInputException problem = DiaryRules.problemOf(row.entry(), today());
			if (problem != null) {
				problems.add(new ImportReport.Problem(row.line(), problem.field(), problem.messageKey()));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(ImportReport.Problem::line));
			audit.record(AuditAction.CREATE, AuditSubject.DIARY, null, clientId,
					"import refused, " + problems.size() + " problems");
			return new ImportReport(0, problems, List.of());
		}
		List<Integer> duplicates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int imported = 0;
		for (DiaryImport.Row row : parsed.rows()) {
			NewDiaryEntry entry = DiaryRules.cleaned(row.entry());
			if (!seen.add(key(entry.happenedAt(), entry.situation())) || entries
				.existsByClientIdAndHappenedAtAndSituation(clientId, entry.happenedAt(), entry.situation())) {
				duplicates.add(row.line());
				continue;
			}
			entries.save(new DiaryEntry(clientId, entry, DiarySource.IMPORTED, reviews.me(), clock.instant()));
			imported++;
		}
		audit.record(AuditAction.CREATE, AuditSubject.DIARY, null, clientId, "imported " + imported + " entries");
		return new ImportReport(imported, List.of(), duplicates);
	}

	/** Per client on my caseload: diary entries not yet reviewed, and flagged ones. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public List<ClientToReview> myDiaryToReview() {
		audit.record(AuditAction.LIST, AuditSubject.DIARY, null, null, "diary to review");
		return queries.toReview(reviews.me());
	}

	private static String key(LocalDateTime happenedAt, String situation) {
		return happenedAt + "\n" + situation;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
