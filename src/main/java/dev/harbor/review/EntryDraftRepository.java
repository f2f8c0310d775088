package dev.harbor.review;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EntryDraftRepository extends Repository<EntryDraft, Long> {

	Optional<EntryDraft> findByClientIdAndKind(long clientId, DraftKind kind);

	EntryDraft save(EntryDraft draft);

	void delete(EntryDraft draft);

}
