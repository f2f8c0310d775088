package dev.harbor.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in client's drafts: kept as they write, offered back when they return, gone
 * once the entry is saved or they set it aside. Only ever the client's own: the record
 * comes from their account. Every keep is audited like any other change a client makes.
 */
@Service
public class DraftService {

	static final int NAME_MAX = 40;

	static final int TEXT_MAX = 2000;

	static final int FIELDS_MAX = 40;

	private final EntryDraftRepository drafts;

	private final ClientService clients;

	private final AuditService audit;

	private final Clock clock;

	DraftService(EntryDraftRepository drafts, ClientService clients, AuditService audit, Clock clock) {
		this.drafts = drafts;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/** My draft of this kind, if I left one. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public Optional<Draft> myDraft(DraftKind kind) {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, subjectOf(kind));
		Optional<Draft> draft = drafts.findByClientIdAndKind(me, kind).map(EntryDraft::view);
		if (draft.isPresent()) {
			audit.record(AuditAction.VIEW, subjectOf(kind), null, me, "portal: draft offered back");
		}
		return draft;
	}

	/**
	 * Keeps what I have typed so far, replacing the draft before. Blank fields are left
	 * out; a field too long is refused whole, so the draft before stays.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public void keepDraft(DraftKind kind, Map<String, String> typed) {
		Map<String, String> kept = new LinkedHashMap<>();
		typed.forEach((name, text) -> {
			if (name == null || name.isBlank() || name.length() > NAME_MAX) {
				throw new InvalidInputException("draft", "portal.rule.draftField");
			}
			String problem = FreeText.problem(text, TEXT_MAX);
			if (problem != null) {
				throw new InvalidInputException(name, problem);
			}
			if (text != null && !text.isBlank()) {
				kept.put(name, text);
			}
		});
		if (kept.size() > FIELDS_MAX) {
			throw new InvalidInputException("draft", "portal.rule.draftField");
		}
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, subjectOf(kind));
		EntryDraft draft = drafts.findByClientIdAndKind(me, kind).orElseGet(() -> new EntryDraft(me, kind));
		draft.keep(kept, clock.instant());
		drafts.save(draft);
		audit.record(AuditAction.CHANGE, subjectOf(kind), null, me, "portal: draft kept");
	}

	/** Sets my draft aside for good. */
	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public void discardDraft(DraftKind kind) {
		long me = clients.requireMyOwnRecord(AuditAction.CHANGE, subjectOf(kind));
		drafts.findByClientIdAndKind(me, kind).ifPresent(draft -> {
			drafts.delete(draft);
			audit.record(AuditAction.CHANGE, subjectOf(kind), null, me, "portal: draft set aside");
		});
	}

	static AuditSubject subjectOf(DraftKind kind) {
		return switch (kind) {
			case DIARY -> AuditSubject.DIARY;
			case EXPERIENCE -> AuditSubject.CORRECTIVE_EXPERIENCE;
			case LADDER_ATTEMPT -> AuditSubject.LADDER_ATTEMPT;
		};
	}

}
