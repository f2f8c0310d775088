package dev.harbor.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.harbor.common.SpreadsheetCells;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * One column of a kind in the record export: its name, what JSON type it has, and how a
 * value is written to JSON and to CSV. Moments are written in UTC with a Z; times the
 * client gave as their own wall-clock time ("happened at") have no zone, as stored.
 */
record RecordColumn(String name, int index, Type type, boolean nullable) {

	/** How a column's values are written; the schema says the same. */
	enum Type {

		TEXT("string", null), WHOLE("integer", null), DECIMAL("number", null), YES_NO("boolean", null),
		DATE("string", "date"), MOMENT("string", "date-time"),
		/** A wall-clock time without a zone, as ISO 8601 "2026-11-20T19:30". */
		WALL_CLOCK("string", null);

		final String jsonType;

		final @Nullable String format;

		Type(String jsonType, @Nullable String format) {
			this.jsonType = jsonType;
			this.format = format;
		}

	}

	static List<RecordColumn> of(ResultSetMetaData metadata, Set<String> leftOut) throws SQLException {
		List<RecordColumn> columns = new ArrayList<>();
		for (int i = 1; i <= metadata.getColumnCount(); i++) {
			String name = metadata.getColumnLabel(i).toLowerCase(Locale.ROOT);
			if (!leftOut.contains(name)) {
				columns.add(new RecordColumn(name, i, typeOf(metadata, i),
						metadata.isNullable(i) != ResultSetMetaData.columnNoNulls));
			}
		}
		return columns;
	}

	private static Type typeOf(ResultSetMetaData metadata, int i) throws SQLException {
		String typeName = metadata.getColumnTypeName(i).toLowerCase(Locale.ROOT);
		return switch (metadata.getColumnType(i)) {
			case Types.BOOLEAN, Types.BIT -> Type.YES_NO;
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Type.WHOLE;
			case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> Type.DECIMAL;
			case Types.DATE -> Type.DATE;
			case Types.TIMESTAMP_WITH_TIMEZONE -> Type.MOMENT;
			// PostgreSQL's driver names both kinds of timestamp TIMESTAMP; its type name
			// tells them apart.
			case Types.TIMESTAMP ->
				typeName.contains("tz") || typeName.contains("time zone") ? Type.MOMENT : Type.WALL_CLOCK;
			default -> Type.TEXT;
		};
	}

	/** The value as JSON, or null. */
	void writeJson(ResultSet row, JsonGenerator json) throws SQLException {
		switch (type) {
			case YES_NO -> {
				boolean value = row.getBoolean(index);
				if (row.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeBoolean(value);
				}
			}
			case WHOLE -> {
				long value = row.getLong(index);
				if (row.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case DECIMAL -> {
				BigDecimal value = row.getBigDecimal(index);
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			default -> {
				String value = text(row);
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeString(value);
				}
			}
		}
	}

	/**
	 * The value as a CSV cell: empty for null, text guarded against being read as a
	 * formula.
	 */
	String csv(ResultSet row) throws SQLException {
		String value = switch (type) {
			case YES_NO -> {
				boolean yes = row.getBoolean(index);
				yield row.wasNull() ? null : String.valueOf(yes);
			}
			case WHOLE -> {
				long number = row.getLong(index);
				yield row.wasNull() ? null : String.valueOf(number);
			}
			case DECIMAL -> {
				BigDecimal number = row.getBigDecimal(index);
				yield number == null ? null : number.toPlainString();
			}
			case TEXT -> SpreadsheetCells.guarded(row.getString(index));
			default -> text(row);
		};
		return value == null ? "" : value;
	}

	private @Nullable String text(ResultSet row) throws SQLException {
		return switch (type) {
			case DATE -> {
				LocalDate day = row.getObject(index, LocalDate.class);
				yield day == null ? null : day.toString();
			}
			case MOMENT -> {
				OffsetDateTime moment = row.getObject(index, OffsetDateTime.class);
				yield moment == null ? null : moment.toInstant().toString();
			}
			case WALL_CLOCK -> {
				LocalDateTime time = row.getObject(index, LocalDateTime.class);
				yield time == null ? null : time.toString();
			}
			default -> row.getString(index);
		};
	}

}
