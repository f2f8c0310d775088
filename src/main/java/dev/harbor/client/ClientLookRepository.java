package dev.harbor.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientLookRepository extends JpaRepository<ClientLook, Long> {

	Optional<ClientLook> findByClinicianIdAndClientId(long clinicianId, long clientId);

}
