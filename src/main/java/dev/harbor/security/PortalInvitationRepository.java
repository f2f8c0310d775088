package dev.harbor.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PortalInvitationRepository extends Repository<PortalInvitation, Long> {

	Optional<PortalInvitation> findByTokenHash(String tokenHash);

	/** A client's invitations not yet used or voided; one, or none, in practice. */
	List<PortalInvitation> findByClientIdAndUsedAtIsNullAndVoidedAtIsNull(long clientId);

	Optional<PortalInvitation> findFirstByClientIdOrderByInvitedAtDesc(long clientId);

	PortalInvitation save(PortalInvitation invitation);

}
