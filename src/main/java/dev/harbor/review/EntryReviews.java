package dev.harbor.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

import dev.harbor.common.AdditionView;
import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditSubject;
import dev.harbor.common.ClientEntry;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.EntryNotFoundException;
import dev.harbor.common.EntryReview;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Slice;

/**
 * The clinician's review of one kind of client entry: mark reviewed (in a session or
 * not), comment, flag for the next session, find the entries gone through in a session,
 * and the shared steps around them (the caseload check, the version check, the audit
 * event, the view with the name of who entered it). A feature's service makes one with
 * its store and keeps its own clinician-named, secured, transactional public methods,
 * which call these; this class is no bean and checks no roles itself (decision 0020).
 *
 * @param <E> the entity
 * @param <V> the view the screens read
 */
public final class EntryReviews<E extends ClientEntry, V> {

	private final ReviewSupport support;

	private final EntryStore<E> store;

	private final AuditSubject subject;

	private final String kind;

	private final LongFunction<? extends EntryNotFoundException> notFound;

	private final BiFunction<E, EntryExtras, V> view;

	/**
	 * @param kind what the entry is called in a conflict's message ("Diary entry")
	 * @param notFound the feature's refusal for an entry that is not there or not mine
	 * @param view the entry as its view, given the name of who entered it and what the
	 * client added later
	 */
	public EntryReviews(ReviewSupport support, EntryStore<E> store, AuditSubject subject, String kind,
			LongFunction<? extends EntryNotFoundException> notFound, BiFunction<E, EntryExtras, V> view) {
		this.support = support;
		this.store = store;
		this.subject = subject;
		this.kind = kind;
		this.notFound = notFound;
		this.view = view;
	}

	/**
	 * Marks entries of one client reviewed (already reviewed ones keep their date); with
	 * a session, links each to it. One entry that is not the client's, or a session of
	 * another client, refuses the whole call with one denied event.
	 */
	public List<V> markReviewed(long clientId, Collection<Long> entryIds, @Nullable Long sessionId) {
		support.clients.requireMine(clientId, AuditAction.CHANGE);
		if (sessionId != null && !support.sessionLinks.isSessionOf(sessionId, clientId)) {
			throw refused(entryIds);
		}
		List<E> found = store.findByClientIdAndIdIn(clientId, entryIds);
		if (found.size() != new HashSet<>(entryIds).size()) {
			throw refused(entryIds);
		}
		long me = me();
		found.forEach(entry -> entry.review().markReviewed(me, support.clock.instant(), sessionId));
		support.audit.record(AuditAction.CHANGE, subject, found.size() == 1 ? found.getFirst().requireId() : null,
				clientId, "reviewed " + found.size() + (sessionId == null ? "" : " in session " + sessionId));
		store.flush();
		return views(found);
	}

	/** The entries gone through in one session, in the order they happened. */
	public List<V> reviewedInSession(long clientId, long sessionId, String auditDetail) {
		support.clients.requireMine(clientId, AuditAction.VIEW);
		support.audit.record(AuditAction.VIEW, subject, null, clientId, auditDetail);
		return views(store.reviewedInSession(clientId, sessionId));
	}

	/** The clinician's own comment on an entry; blank removes it. */
	public V comment(long entryId, long version, @Nullable String comment) {
		String problem = FreeText.problem(comment, EntryReview.COMMENT_MAX);
		if (problem != null) {
			throw new InvalidInputException("comment", problem);
		}
		E entry = mineAtVersion(entryId, version);
		entry.review().comment(FreeText.clean(comment));
		return changed(entry, "commented");
	}

	/** Flags an entry to bring to the next session, or takes the flag off. */
	public V flag(long entryId, long version, boolean flagged) {
		E entry = mineAtVersion(entryId, version);
		entry.review().flag(flagged);
		return changed(entry, flagged ? "flagged" : "flag removed");
	}

	/**
	 * The entry, when it is on my caseload and still at the version the caller read;
	 * otherwise a refusal (audited) or a conflict.
	 */
	public E mineAtVersion(long entryId, long version) {
		E entry = store.findById(entryId).orElseThrow(() -> {
			support.audit.recordDenied(AuditAction.CHANGE, subject, entryId);
			return notFound.apply(entryId);
		});
		support.clients.requireMine(entry.getClientId(), AuditAction.CHANGE);
		if (entry.getVersion() != version) {
			throw new ConcurrentEditException(kind, entryId);
		}
		return entry;
	}

	/** Records the change in the audit trail, writes it, and returns the entry afresh. */
	public V changed(E entry, String what) {
		support.audit.record(AuditAction.CHANGE, subject, entry.requireId(), entry.getClientId(), what);
		store.flush();
		return viewOf(entry);
	}

	public V viewOf(E entry) {
		return views(List.of(entry)).getFirst();
	}

	/**
	 * An entry the signed-in person has just written, as a view: nothing has been added
	 * to it yet and its writer is the caller, so nothing needs reading back.
	 */
	public V viewOfNew(E entry) {
		return view.apply(entry, new EntryExtras(support.currentUser.require().displayName(), List.of()));
	}

	/**
	 * The entries as views, with the names of who entered them and the client's later
	 * additions, one look-up each.
	 */
	public List<V> views(List<E> entries) {
		Function<E, V> viewOf = viewer(entries);
		return entries.stream().map(viewOf).toList();
	}

	public Slice<V> views(Slice<E> page) {
		return page.map(viewer(page.getContent()));
	}

	/**
	 * The signed-in client's own entry; another's (or none) is refused, audited, and
	 * looks like an entry that does not exist.
	 */
	public E ownedBy(long clientId, long entryId, AuditAction attempted) {
		return store.findById(entryId).filter(entry -> entry.getClientId() == clientId).orElseThrow(() -> {
			support.audit.recordDenied(attempted, subject, entryId);
			return notFound.apply(entryId);
		});
	}

	/**
	 * The client's own entry at the version they read, still open to correction in place:
	 * once reviewed, the client adds to it instead.
	 */
	public E ownedForCorrection(long clientId, long entryId, long version) {
		E entry = ownedBy(clientId, entryId, AuditAction.CHANGE);
		if (entry.review().reviewedAt() != null) {
			throw new InvalidInputException("entry", "portal.rule.alreadyReviewed");
		}
		if (entry.getVersion() != version) {
			throw new ConcurrentEditException(kind, entryId);
		}
		return entry;
	}

	/**
	 * Keeps what the client adds to an entry the clinician reviewed, next to it; the
	 * entry itself is not changed.
	 */
	public V addAfterReview(long clientId, long entryId, @Nullable String text) {
		String problem = text == null || text.isBlank() ? "portal.rule.additionRequired"
				: FreeText.problem(text, EntryAddition.TEXT_MAX);
		if (problem != null) {
			throw new InvalidInputException("addition", problem);
		}
		E entry = ownedBy(clientId, entryId, AuditAction.CHANGE);
		if (entry.review().reviewedAt() == null) {
			throw new InvalidInputException("addition", "portal.rule.notYetReviewed");
		}
		support.additions
			.save(new EntryAddition(clientId, subject, entryId, FreeText.clean(text), me(), support.clock.instant()));
		support.audit.record(AuditAction.CHANGE, subject, entryId, clientId, "added to after review");
		store.flush();
		return viewOf(entry);
	}

	/** The client's draft became this entry: it goes, in the entry's own transaction. */
	public void draftSaved(long clientId, DraftKind kind) {
		support.drafts.findByClientIdAndKind(clientId, kind).ifPresent(support.drafts::delete);
	}

	/**
	 * A page the feature read as rows in one statement that also held it to my caseload
	 * ({@link dev.harbor.client.OnCaseload}), as views. An empty page says nothing about
	 * the caseload, so it is checked then, and a client who is not on it is refused and
	 * audited. The client's additions are read only for rows that have some.
	 */
	public <A> Slice<V> page(long clientId, Slice<EntryRow<E, A>> rows,
			BiFunction<EntryRow<E, A>, EntryExtras, V> rowView) {
		if (!rows.hasContent()) {
			support.clients.requireMine(clientId, AuditAction.VIEW);
		}
		return rowViews(rows, rowView);
	}

	/**
	 * The rows of a page as views, for a caller that has held an empty page to the
	 * caseload itself (a ladder's attempts: the ladder, then its client). The client's
	 * additions are read only for rows that have some.
	 */
	public <A> Slice<V> rowViews(Slice<EntryRow<E, A>> rows, BiFunction<EntryRow<E, A>, EntryExtras, V> rowView) {
		Map<Long, List<AdditionView>> additions = additions(
				rows.stream().filter(EntryRow::added).map(row -> row.entry().requireId()).toList());
		return rows.map(row -> rowView.apply(row,
				new EntryExtras(row.enteredByName(), additions.getOrDefault(row.entry().requireId(), List.of()))));
	}

	private Function<E, V> viewer(List<E> entries) {
		Map<Long, String> names = names(entries);
		Map<Long, List<AdditionView>> additions = additions(entries.stream().map(ClientEntry::requireId).toList());
		return entry -> view.apply(entry, new EntryExtras(names.getOrDefault(entry.getEnteredBy(), ""),
				additions.getOrDefault(entry.requireId(), List.of())));
	}

	private Map<Long, List<AdditionView>> additions(List<Long> entryIds) {
		Map<Long, List<AdditionView>> additions = new HashMap<>();
		if (!entryIds.isEmpty()) {
			support.additions.findBySubjectAndEntryIdInOrderByWrittenAtAscIdAsc(subject, entryIds)
				.forEach(addition -> additions.computeIfAbsent(addition.entryId(), id -> new ArrayList<>())
					.add(addition.view()));
		}
		return additions;
	}

	/** The signed-in person's account (the clinician, or in the portal the client). */
	public long me() {
		return support.currentUser.require().accountId();
	}

	private Map<Long, String> names(List<E> entries) {
		return support.accounts.displayNames(entries.stream().map(ClientEntry::getEnteredBy).distinct().toList());
	}

	private EntryNotFoundException refused(Collection<Long> entryIds) {
		support.audit.recordDenied(AuditAction.CHANGE, subject, null);
		return notFound.apply(entryIds.stream().findFirst().orElse(0L));
	}

}
