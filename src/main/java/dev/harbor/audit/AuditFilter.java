package dev.harbor.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the audit log is narrowed to; every part optional. Dates are whole UTC days, as
 * the log shows times in UTC.
 */
public record AuditFilter(@Nullable Long actorId, @Nullable Long clientId, @Nullable AuditAction action,
		@Nullable AuditOutcome outcome, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

}
