package dev.harbor.client;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

	boolean existsByReferenceCode(String referenceCode);

	long countByClinicianId(long clinicianId);

	List<Client> findByClinicianId(long clinicianId);

	/** One grouped query for the dashboard figures, however large the caseload. */
	@Query("select c.status as status, count(c) as count from Client c where c.clinicianId = :clinicianId group by c.status")
	List<StatusCount> countByStatus(long clinicianId);

	@Query("""
			select new dev.harbor.client.ClientListItem(c.id, c.displayName, c.referenceCode, c.status,
			       c.currentAnxiety, c.currentAvoidance, c.lastActivityAt)
			from Client c where c.clinicianId = :clinicianId and c.id in :ids""")
	List<ClientListItem> listItems(long clinicianId, Collection<Long> ids);

	interface StatusCount {

		ClientStatus getStatus();

		long getCount();

	}

}
