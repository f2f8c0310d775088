package dev.harbor.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals audit events into the hash chain and checks it. Sealing locks the chain's head
 * row, so one sealer at a time extends it, however many instances run; events are sealed
 * in the order they are found committed, which is the chain's order. Checking reads the
 * chain in that order, a page at a time, and recomputes every seal.
 */
@Component
class AuditChain {

	/** Events sealed in one transaction. */
	static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate transactions;

	AuditChain(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(BATCH);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Seals every committed event not yet sealed; returns how many. */
	long sealPending() {
		long sealed = 0;
		int batch;
		do {
			batch = transactions.execute(status -> sealBatch());
			sealed += batch;
		}
		while (batch == BATCH);
		return sealed;
	}

	private int sealBatch() {
		Map<String, Object> head = jdbc
			.queryForMap("select last_seal_no, last_seal from audit_chain where id = 1 for update");
		long sealNo = ((Number) head.get("last_seal_no")).longValue();
		String previous = (String) head.get("last_seal");
		List<Object[]> seals = new ArrayList<>();
		String[] last = { previous };
		long[] number = { sealNo };
		jdbc.query("select " + AuditSeal.COLUMNS + " from audit_event where seal_no is null order by id fetch first "
				+ BATCH + " rows only", row -> {
					last[0] = AuditSeal.of(last[0], row);
					number[0]++;
					seals.add(new Object[] { number[0], last[0], row.getLong("id") });
				});
		if (seals.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate("update audit_event set seal_no = ?, seal = ? where id = ?", seals);
		jdbc.update("update audit_chain set last_seal_no = ?, last_seal = ? where id = 1", number[0], last[0]);
		return seals.size();
	}

	/**
	 * Recomputes the chain from its first link; the first event whose seal, position or
	 * place does not follow is where the trail was altered.
	 */
	AuditTrailCheck check() {
		return transactions.execute(status -> {
			long[] checked = { 0 };
			String[] previous = { AuditSeal.GENESIS };
			Long[] broken = { null };
			streaming.query("select " + AuditSeal.COLUMNS + ", seal_no, seal from audit_event"
					+ " where seal_no is not null order by seal_no", row -> {
						if (broken[0] != null) {
							return;
						}
						String expected = AuditSeal.of(previous[0], row);
						if (row.getLong("seal_no") != checked[0] + 1 || !expected.equals(row.getString("seal"))) {
							broken[0] = row.getLong("id");
							return;
						}
						checked[0]++;
						previous[0] = expected;
					});
			Map<String, Object> head = jdbc.queryForMap("select last_seal_no, last_seal from audit_chain where id = 1");
			boolean headFollows = broken[0] == null && ((Number) head.get("last_seal_no")).longValue() == checked[0]
					&& previous[0].equals(head.get("last_seal"));
			Long unsealed = jdbc.queryForObject("select count(*) from audit_event where seal_no is null", Long.class);
			return new AuditTrailCheck(checked[0], unsealed == null ? 0 : unsealed, broken[0], headFollows);
		});
	}

}
