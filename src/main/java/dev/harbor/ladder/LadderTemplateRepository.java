package dev.harbor.ladder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LadderTemplateRepository extends JpaRepository<LadderTemplate, Long> {

	/** My own templates and those colleagues shared, not archived, by name. */
	@Query("""
			select t from LadderTemplate t
			where t.archivedAt is null and (t.ownerId = :me or t.shared = true)
			order by t.name, t.id""")
	List<LadderTemplate> visibleTo(long me);

}
