package dev.harbor.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one PostgreSQL table with {@code COPY ... FROM STDIN} in its text
 * format: a bulk load for the big practice, hundreds of thousands of rows a second where
 * batched inserts manage tens of thousands. Values are escaped for the text format
 * (backslash, tab, line breaks); {@code null} is written as {@code \N}.
 */
final class CopyRows implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private boolean firstInRow = true;

	private long rows;

	private CopyRows(CopyIn copy) {
		this.copy = copy;
	}

	static CopyRows into(Connection connection, String table, String columns) throws SQLException {
		return new CopyRows(connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin"));
	}

	CopyRows add(@Nullable Object value) {
		if (!firstInRow) {
			buffer.append('\t');
		}
		firstInRow = false;
		if (value == null) {
			buffer.append("\\N");
		}
		else if (value instanceof String text) {
			escape(text);
		}
		else if (value instanceof Instant instant) {
			buffer.append(instant);
		}
		else if (value instanceof LocalDateTime || value instanceof LocalDate || value instanceof Number
				|| value instanceof Boolean) {
			buffer.append(value);
		}
		else {
			throw new IllegalArgumentException("No COPY text form for " + value.getClass());
		}
		return this;
	}

	CopyRows add(Object... values) {
		for (Object value : values) {
			add(value);
		}
		return this;
	}

	void endRow() throws SQLException {
		buffer.append('\n');
		firstInRow = true;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return rows;
	}

	@Override
	public void close() throws SQLException {
		flush();
		copy.endCopy();
	}

	private void flush() throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

}
