package dev.harbor.security;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RecoveryCodeRepository extends Repository<RecoveryCode, Long> {

	/** A person has ten at most, so all of them is a bounded read. */
	List<RecoveryCode> findByAccountIdAndUsedAtIsNull(long accountId);

	long countByAccountIdAndUsedAtIsNull(long accountId);

	RecoveryCode save(RecoveryCode code);

	void deleteByAccountId(long accountId);

}
