package dev.harbor.security;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface AccountNoticeRepository extends Repository<AccountNotice, Long> {

	AccountNotice save(AccountNotice notice);

	List<AccountNotice> findByAccountIdAndSeenAtIsNullOrderByHappenedAt(long accountId, Limit limit);

}
