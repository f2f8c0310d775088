package dev.harbor.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.common.SpreadsheetCells;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.security.Role;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything Harbor holds about one client as one ZIP, for a client who asks for their
 * record or moves to another practice: {@code record.json} (every kind of row, described
 * by {@code schema.json}), one CSV file per kind for spreadsheets, the summaries of the
 * whole time in care as {@code summary.pdf}, and a short {@code README.txt}.
 * <p>
 * The rows stream from the database to the ZIP a few hundred at a time, so memory stays
 * flat however long the history. All of it is read in one repeatable-read transaction:
 * one moment's record, even while the client writes in the portal. The export is audited
 * before the first byte leaves, in a transaction of its own, so a download broken off
 * half-way still shows in the audit trail.
 */
@Service
public class ClientRecordExport {

	/** The identifier in {@code record.json}; a reader checks it and the version. */
	static final String FORMAT = "harbor-client-record";

	/** Raised when a kind or column is added, renamed or changes meaning. */
	static final int FORMAT_VERSION = 1;

	/** Rows fetched from the database at a time. */
	static final int FETCH_SIZE = 500;

	private final ClientService clients;

	private final ReportService reports;

	private final AuditService audit;

	private final HarborI18nProvider words;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate checkAndAudit;

	private final TransactionTemplate snapshot;

	private final Clock clock;

	private final EntityManager entities;

	private final Timer exportTime;

	private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	ClientRecordExport(ClientService clients, ReportService reports, AuditService audit, HarborI18nProvider words,
			DataSource dataSource, PlatformTransactionManager transactions, EntityManager entities, Clock clock,
			MeterRegistry meters) {
		this.entities = entities;
		this.clients = clients;
		this.reports = reports;
		this.audit = audit;
		this.words = words;
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.checkAndAudit = new TransactionTemplate(transactions);
		this.checkAndAudit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.clock = clock;
		this.exportTime = Timer.builder("harbor.record.export")
			.description("Time to write one client's whole record as a ZIP")
			.register(meters);
	}

	/** Where the ZIP goes: opened once the client is known to be the caller's. */
	@FunctionalInterface
	public interface Destination {

		OutputStream open(String fileName) throws IOException;

	}

	/**
	 * Writes the client's whole record as a ZIP to the destination, in the given language
	 * (the summary, the read-me and the schema's descriptions).
	 * @throws dev.harbor.client.ClientNotFoundException when the client is not on my
	 * caseload (refused and audited; nothing is opened or written)
	 */
	@RolesAllowed(Role.Names.CLINICIAN)
	public void export(long clientId, Locale locale, Destination destination) throws IOException {
		ClientProfile client = checkAndAudit.execute(status -> {
			ClientProfile profile = clients.openClient(clientId);
			audit.record(AuditAction.EXPORT, AuditSubject.CLIENT, clientId, clientId, "exported whole record");
			return profile;
		});
		try {
			exportTime.record(() -> snapshot.executeWithoutResult(status -> {
				try {
					write(client, locale, destination);
				}
				catch (IOException failed) {
					throw new UncheckedIOException(failed);
				}
			}));
		}
		catch (UncheckedIOException failed) {
			throw failed.getCause();
		}
	}

	private void write(ClientProfile client, Locale locale, Destination destination) throws IOException {
		// Drawn before the first byte goes out: a summary that fails is still a clean
		// refusal, not a ZIP broken off half-way. Each summary is bounded in size.
		byte[] summary = reports.wholePeriodSummary(client, reports.practicePaper(), locale);
		// Drawing it wrote audit events through JPA; the rows below are read past it.
		entities.flush();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		String fileName = "record-" + client.referenceCode() + "-" + today + ".zip";
		try (ZipOutputStream zip = new ZipOutputStream(destination.open(fileName), StandardCharsets.UTF_8)) {
			OutputStream entry = unclosable(zip);
			zip.putNextEntry(new ZipEntry("README.txt"));
			entry.write(
					words
						.getTranslation("record.readme", locale, client.referenceCode(), today.toString(),
								client.startDate().toString())
						.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("record.json"));
			Map<String, List<RecordColumn>> columns = writeJson(client, now, entry);
			zip.putNextEntry(new ZipEntry("schema.json"));
			RecordSchema.write(json, columns, words, locale, entry);
			for (RecordKind kind : RecordKind.ALL) {
				zip.putNextEntry(new ZipEntry("csv/" + kind.name() + ".csv"));
				writeCsv(client.id(), kind, entry);
			}
			zip.putNextEntry(new ZipEntry("summary.pdf"));
			entry.write(summary);
			zip.closeEntry();
		}
	}

	/** Every kind in turn, row by row; returns each kind's columns for the schema. */
	private Map<String, List<RecordColumn>> writeJson(ClientProfile client, Instant now, OutputStream out) {
		Map<String, List<RecordColumn>> columns = new LinkedHashMap<>();
		try (JsonGenerator generator = json.createGenerator(ObjectWriteContext.empty(), out)) {
			generator.writeStartObject();
			generator.writeStringProperty("format", FORMAT);
			generator.writeNumberProperty("formatVersion", FORMAT_VERSION);
			generator.writeStringProperty("exportedAt", now.toString());
			generator.writeNumberProperty("clientId", client.id());
			generator.writeStringProperty("referenceCode", client.referenceCode());
			generator.writeName("kinds");
			generator.writeStartObject();
			for (RecordKind kind : RecordKind.ALL) {
				generator.writeName(kind.name());
				generator.writeStartArray();
				columns.put(kind.name(), rows(client.id(), kind, (row, cells) -> {
					generator.writeStartObject();
					for (int i = 0; i < cells.size(); i++) {
						generator.writeName(cells.get(i).name());
						cells.get(i).writeJson(row, generator);
					}
					generator.writeEndObject();
				}));
				generator.writeEndArray();
			}
			generator.writeEndObject();
			generator.writeEndObject();
		}
		return columns;
	}

	private void writeCsv(long clientId, RecordKind kind, OutputStream out) throws IOException {
		CSVPrinter printer = new CSVPrinter(SpreadsheetCells.csvWriter(out), CSVFormat.RFC4180);
		rows(clientId, kind, new RowWriter() {
			@Override
			public void columns(List<RecordColumn> cells) throws IOException {
				printer.printRecord(cells.stream().map(RecordColumn::name).toList());
			}

			@Override
			public void row(ResultSet row, List<RecordColumn> cells) throws SQLException, IOException {
				List<String> values = new ArrayList<>(cells.size());
				for (RecordColumn cell : cells) {
					values.add(cell.csv(row));
				}
				printer.printRecord(values);
			}
		});
		printer.flush();
	}

	/** Something done with a kind's columns, then with each row as it streams past. */
	@FunctionalInterface
	private interface RowWriter {

		/** Told once, before the rows, even when there are none. */
		default void columns(List<RecordColumn> cells) throws IOException {
		}

		void row(ResultSet row, List<RecordColumn> cells) throws SQLException, IOException;

	}

	/**
	 * Streams one kind's rows for the client past the writer, a fetch at a time; returns
	 * the kind's columns (known even when it has no rows).
	 */
	private List<RecordColumn> rows(long clientId, RecordKind kind, RowWriter writer) {
		return jdbc.query(kind.query(), Map.of("client", clientId), (ResultSet result) -> {
			List<RecordColumn> cells = RecordColumn.of(result.getMetaData(), kind.leftOut());
			try {
				writer.columns(cells);
				while (result.next()) {
					writer.row(result, cells);
				}
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			return cells;
		});
	}

	/** The ZIP stays open when a writer for one of its entries is done. */
	private static OutputStream unclosable(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}

}
