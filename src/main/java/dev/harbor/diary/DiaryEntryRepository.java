package dev.harbor.diary;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryEntryRepository extends JpaRepository<DiaryEntry, Long> {

	List<DiaryEntry> findByClientIdAndIdIn(long clientId, Collection<Long> ids);

	boolean existsByClientIdAndHappenedAtAndSituation(long clientId, LocalDateTime happenedAt, String situation);

}
