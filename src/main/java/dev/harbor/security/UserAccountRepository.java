package dev.harbor.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	long countByRoleAndEnabledTrue(Role role);

	/** A client's own portal account, if they joined. */
	Optional<UserAccount> findByClientId(long clientId);

}
