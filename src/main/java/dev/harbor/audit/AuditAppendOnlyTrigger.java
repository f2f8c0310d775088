package dev.harbor.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * H2's guard of the audit trail (PostgreSQL's is a PL/pgSQL trigger): a row may be sealed
 * once, and nothing else about it may change; no row may be deleted. Called by H2 for
 * each row, on the database's own connection.
 */
public final class AuditAppendOnlyTrigger implements Trigger {

	private int sealNo = -1;

	private int seal = -1;

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
			throws SQLException {
		try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
			while (columns.next()) {
				String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
				int index = columns.getInt("ORDINAL_POSITION") - 1;
				if (name.equals("seal_no")) {
					sealNo = index;
				}
				else if (name.equals("seal")) {
					seal = index;
				}
			}
		}
		if (sealNo < 0 || seal < 0) {
			throw new SQLException("The audit table has no seal columns");
		}
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow == null) {
			throw new SQLException("Audit events are append-only: DELETE refused", "42501");
		}
		if (!sealsOnly(oldRow, newRow)) {
			throw new SQLException("Audit events are append-only: UPDATE refused", "42501");
		}
	}

	/** The one change allowed: a row not yet sealed gets its seal, all else as it was. */
	private boolean sealsOnly(Object[] oldRow, Object[] newRow) {
		if (oldRow[sealNo] != null || oldRow[seal] != null || newRow[sealNo] == null || newRow[seal] == null) {
			return false;
		}
		for (int column = 0; column < oldRow.length; column++) {
			if (column != sealNo && column != seal && !Objects.equals(oldRow[column], newRow[column])) {
				return false;
			}
		}
		return true;
	}

}
