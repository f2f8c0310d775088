package dev.harbor.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SignInLinkRepository extends Repository<SignInLink, Long> {

	Optional<SignInLink> findByTokenHash(String tokenHash);

	/** The links of one person still open; an admin issues a handful at most. */
	List<SignInLink> findByAccountIdAndUsedAtIsNullAndExpiresAtAfter(long accountId, Instant now);

	SignInLink save(SignInLink link);

}
