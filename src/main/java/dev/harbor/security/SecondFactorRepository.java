package dev.harbor.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SecondFactorRepository extends Repository<SecondFactor, Long> {

	Optional<SecondFactor> findByAccountId(long accountId);

	boolean existsByAccountId(long accountId);

	SecondFactor save(SecondFactor factor);

	void deleteByAccountId(long accountId);

	void flush();

	@Query("select f.accountId from SecondFactor f where f.accountId in :accountIds")
	Set<Long> accountsAmong(Collection<Long> accountIds);

}
