package dev.harbor.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentPositionRepository extends JpaRepository<AttachmentPosition, Long> {

	List<AttachmentPosition> findByClientIdOrderByObservedOnAscIdAsc(long clientId);

}
