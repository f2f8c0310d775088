package dev.harbor.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
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
		StringBuilder canonical = new StringBuilder(previous);
		append(canonical, Long.toString(row.getLong("id")));
		append(canonical, row.getObject("occurred_at", OffsetDateTime.class).toInstant().toString());
		append(canonical, number(row, "actor_id"));
		append(canonical, row.getString("actor_label"));
		append(canonical, row.getString("action"));
		append(canonical, row.getString("subject_type"));
		append(canonical, number(row, "subject_id"));
		append(canonical, number(row, "client_id"));
		append(canonical, row.getString("outcome"));
		append(canonical, row.getString("detail"));
		append(canonical, row.getString("remote_address"));
		return sha256(canonical.toString());
	}

	private static @Nullable String number(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : Long.toString(value);
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
