package dev.harbor.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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

	/** Discharged before the cutoff, longest ago first; a page at a time. */
	@Query("""
			select c from Client c where c.status = dev.harbor.client.ClientStatus.DISCHARGED
			and c.dischargedOn < :cutoff order by c.dischargedOn, c.id""")
	Slice<Client> dischargedBefore(LocalDate cutoff, Pageable pageable);

	interface StatusCount {

		ClientStatus getStatus();

		long getCount();

	}

}
