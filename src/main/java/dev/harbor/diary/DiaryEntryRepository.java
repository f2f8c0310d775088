package dev.harbor.diary;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import dev.harbor.common.EnteredBy;
import dev.harbor.review.EntryStore;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DiaryEntryRepository extends JpaRepository<DiaryEntry, Long>, EntryStore<DiaryEntry> {

	/** What the client wrote in the portal, newest first, on the client's index. */
	Slice<DiaryEntry> findByClientIdAndEnteredByKindOrderByHappenedAtDescIdDesc(long clientId, EnteredBy kind,
			Pageable pageable);

	@Override
	List<DiaryEntry> findByClientIdAndIdIn(long clientId, Collection<Long> ids);

	@Query("""
			select e from DiaryEntry e
			where e.clientId = :clientId and e.review.reviewedInSession = :sessionId
			order by e.happenedAt, e.id""")
	@Override
	List<DiaryEntry> reviewedInSession(long clientId, long sessionId);

	boolean existsByClientIdAndHappenedAtAndSituation(long clientId, LocalDateTime happenedAt, String situation);

}
