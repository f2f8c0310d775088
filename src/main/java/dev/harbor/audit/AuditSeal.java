package dev.harbor.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * One link of the audit trail's hash chain: SHA-256 over the previous seal and the
 * event's columns as stored, each written with its length so that no two different rows
 * read the same. Computed from what the database returns, so sealing and checking agree.
 */
final class AuditSeal {

	/** The seal before the first event. */
	static final String GENESIS = "0".repeat(64);

	/** The columns a seal covers, in the order they are hashed. */
	static final String COLUMNS = "id, occurred_at, actor_id, actor_label, action, subject_type, subject_id, "
			+ "client_id, outcome, detail, remote_address";

	private AuditSeal() {
	}

	/**
	 * The seal of the event on the result set's current row, following {@code previous}.
	 */
	static String of(String previous, ResultSet row) throws SQLException {
		return of(previous,
				new Columns(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						number(row, "actor_id"), row.getString("actor_label"), row.getString("action"),
						row.getString("subject_type"), number(row, "subject_id"), number(row, "client_id"),
						row.getString("outcome"), row.getString("detail"), row.getString("remote_address")));
	}

	/**
	 * The seal of an event with these columns, following {@code previous}: what a bulk
	 * loader (the big-practice generator) writes so that the trail it makes checks.
	 */
	static String of(String previous, Columns event) {
		StringBuilder canonical = new StringBuilder(previous);
		append(canonical, Long.toString(event.id()));
		append(canonical, event.occurredAt().toString());
		append(canonical, event.actorId() == null ? null : event.actorId().toString());
		append(canonical, event.actorLabel());
		append(canonical, event.action());
		append(canonical, event.subjectType());
		append(canonical, event.subjectId() == null ? null : event.subjectId().toString());
		append(canonical, event.clientId() == null ? null : event.clientId().toString());
		append(canonical, event.outcome());
		append(canonical, event.detail());
		append(canonical, event.remoteAddress());
		return sha256(canonical.toString());
	}

	/** The sealed columns of one event, as the database stores them. */
	record Columns(long id, Instant occurredAt, @Nullable Long actorId, String actorLabel, String action,
			@Nullable String subjectType, @Nullable Long subjectId, @Nullable Long clientId, String outcome,
			@Nullable String detail, @Nullable String remoteAddress) {
	}

	private static @Nullable Long number(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	private static void append(StringBuilder canonical, @Nullable String value) {
		canonical.append('|');
		if (value == null) {
			canonical.append('-');
		}
		else {
			canonical.append(value.length()).append(':').append(value);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
