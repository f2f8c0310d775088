package dev.harbor.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import dev.harbor.common.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes audit events as CSV (UTF-8 with a byte-order mark for Excel, RFC 4180 quoting by
 * Commons CSV). A cell that a spreadsheet would read as a formula is prefixed with an
 * apostrophe ({@link SpreadsheetCells}).
 */
final class AuditCsv implements AutoCloseable {

	static final String[] HEADER = { "time_utc", "actor", "actor_id", "action", "subject_type", "subject_id",
			"client_id", "outcome", "detail", "remote_address" };

	private final CSVPrinter printer;

	AuditCsv(OutputStream out) throws IOException {
		this.printer = new CSVPrinter(SpreadsheetCells.csvWriter(out),
				CSVFormat.RFC4180.builder().setHeader(HEADER).get());
	}

	void write(AuditEvent event) {
		try {
			printer.printRecord(event.getOccurredAt().toString(), safe(event.getActorLabel()), event.getActorId(),
					event.getAction(), event.getSubjectType(), event.getSubjectId(), event.getClientId(),
					event.getOutcome(), safe(event.getDetail()), safe(event.getRemoteAddress()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static @Nullable String safe(@Nullable String cell) {
		return SpreadsheetCells.guarded(cell);
	}

	@Override
	public void close() throws IOException {
		printer.close(true);
	}

}
