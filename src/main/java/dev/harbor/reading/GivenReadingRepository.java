package dev.harbor.reading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** At most one row per client and reading, so a client's list is at most five rows. */
interface GivenReadingRepository extends JpaRepository<GivenReading, Long> {

	List<GivenReading> findByClientId(long clientId);

	Optional<GivenReading> findByClientIdAndReading(long clientId, Reading reading);

	List<GivenReading> findByClientIdAndWithdrawnAtIsNullOrderByGivenAtDesc(long clientId);

}
