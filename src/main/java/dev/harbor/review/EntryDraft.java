package dev.harbor.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

/**
 * What a client is writing, kept on the server as they write, so a dropped connection, a
 * closed tab or an idle sign-out loses nothing. One per client and kind; the fields are
 * kept by name, as typed.
 */
@Entity
class EntryDraft extends AbstractEntity {

	@Column(nullable = false)
	private long clientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DraftKind kind;

	@Column(nullable = false)
	private Instant savedAt;

	@ElementCollection
	@CollectionTable(name = "entry_draft_field", joinColumns = @JoinColumn(name = "draft_id"))
	@MapKeyColumn(name = "name", length = DraftService.NAME_MAX)
	@Column(name = "text", nullable = false, length = DraftService.TEXT_MAX)
	private Map<String, String> fields = new HashMap<>();

	protected EntryDraft() {
	}

	EntryDraft(long clientId, DraftKind kind) {
		this.clientId = clientId;
		this.kind = kind;
	}

	void keep(Map<String, String> typed, Instant now) {
		fields.clear();
		fields.putAll(typed);
		savedAt = now;
	}

	Draft view() {
		return new Draft(Map.copyOf(fields), savedAt);
	}

}
