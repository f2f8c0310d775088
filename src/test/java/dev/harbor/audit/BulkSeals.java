package dev.harbor.audit;

import java.time.Instant;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Seals for audit events written in bulk by a benchmark's generator, computed exactly as
 * the application seals and checks them, so a generated trail is a sound chain.
 */
public final class BulkSeals {

	/** The seal before the first event. */
	public static final String GENESIS = AuditSeal.GENESIS;

	private BulkSeals() {
	}

	public static String seal(String previous, long id, Instant occurredAt, @Nullable Long actorId, String actorLabel,
			String action, @Nullable String subjectType, @Nullable Long subjectId, @Nullable Long clientId,
			String outcome) {
		return AuditSeal.of(previous, new AuditSeal.Columns(id, occurredAt, actorId, actorLabel, action, subjectType,
				subjectId, clientId, outcome, null, null));
	}

	/** The application's own check of the whole trail in this database. */
	public static AuditTrailCheck check(DataSource dataSource) {
		return new AuditChain(dataSource, new DataSourceTransactionManager(dataSource)).check();
	}

}
