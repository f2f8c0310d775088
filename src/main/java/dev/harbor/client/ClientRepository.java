package dev.harbor.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

	boolean existsByReferenceCode(String referenceCode);

	/** One grouped query for the dashboard figures, however large the caseload. */
	@Query("select c.status as status, count(c) as count from Client c where c.clinicianId = :clinicianId group by c.status")
	List<StatusCount> countByStatus(long clinicianId);

	interface StatusCount {

		ClientStatus getStatus();

		long getCount();

	}

}
