package dev.harbor.review;

import java.util.Collection;
import java.util.List;

import dev.harbor.audit.AuditSubject;

import org.springframework.data.repository.Repository;

interface EntryAdditionRepository extends Repository<EntryAddition, Long> {

	/** The additions of one page of entries, oldest first. */
	List<EntryAddition> findBySubjectAndEntryIdInOrderByWrittenAtAscIdAsc(AuditSubject subject,
			Collection<Long> entryIds);

	EntryAddition save(EntryAddition addition);

}
