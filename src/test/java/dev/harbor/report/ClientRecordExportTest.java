package dev.harbor.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.Need;
import dev.harbor.diary.TestDiary;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.TestHomework;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.SessionNote;
import dev.harbor.therapysession.SessionView;
import dev.harbor.therapysession.TherapySessionService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client's whole record as a ZIP, read back: every row of theirs in the JSON and in the
 * CSV files, described by the schema, nobody else's words, the summaries of the whole
 * time in care, and the export on the audit trail.
 */
@HarborSpringTest
class ClientRecordExportTest {

	static final LocalDate START = LocalDate.of(2022, 3, 1);

	static final String ARABIC = "شعرت بالخوف عندما لم يرد";

	static final String FORMULA = "=HYPERLINK(\"http://example.org\")";

	/**
	 * Tables that hold nothing of one client's record, and why. Every other table must be
	 * a kind of the export.
	 */
	static final Map<String, String> NOT_IN_THE_RECORD = Map.ofEntries(
			Map.entry("user_account", "accounts; the people in the record are the kind 'people', without sign-in data"),
			Map.entry("second_factor", "an account's sign-in secret"),
			Map.entry("recovery_code", "an account's sign-in secret"),
			Map.entry("sign_in_link", "an account's sign-in secret"),
			Map.entry("sign_in_bucket", "sign-in throttling by address"),
			Map.entry("account_notice", "notices to clinicians about their caseload"),
			Map.entry("practice_setting", "the practice's settings"),
			Map.entry("audit_chain", "the seal of the whole practice's audit trail"),
			Map.entry("exercise_template", "the clinician's library; what a client was given is copied into homework"),
			Map.entry("exercise_template_step", "the clinician's library"),
			Map.entry("exercise_template_prompt", "the clinician's library"),
			Map.entry("ladder_template", "the clinician's library of ladders"),
			Map.entry("ladder_template_step", "the clinician's library of ladders"),
			Map.entry("client_look", "when the clinician last looked, for 'new since'; the audit trail has every look"),
			Map.entry("print_job", "a clinician's batch-print jobs: counts and times, no client"),
			Map.entry("flyway_schema_history", "the database's own migrations"));

	@Autowired
	ClientRecordExport records;

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	@Autowired
	DiaryService diary;

	@Autowired
	CorrectiveExperienceService experiences;

	@Autowired
	TherapySessionService sessions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	HarborUser tomas;

	long noor;

	long rowan;

	@BeforeEach
	void noorWithFourYearsAndRowanBesideHer() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		database.jdbc().update("update client set start_date = ? where id = ?", START, noor);
		TestAccounts.signIn(maya);
		LocalDate monday = LocalDate.of(2026, 11, 2);
		long breathing = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(monday));
		practiceLog.recordCompletion(breathing, TestHomework.practice(monday.atTime(8, 0), 6, 3));
		practiceLog.recordCompletion(breathing, TestHomework.practice(monday.plusDays(1).atTime(8, 0), 5, 2));
		diary.recordEntry(noor, TestDiary.entry(LocalDateTime.of(2023, 5, 4, 20, 0), "Lighthouse moment 🌊",
				Map.of(Feeling.FEAR, 70, Feeling.SADNESS, 40), Set.of(Need.SECURITY), DiaryRelationship.PARTNER));
		diary.recordEntry(noor, TestDiary.entry(LocalDateTime.of(2026, 11, 4, 21, 0), ARABIC, Map.of(Feeling.WORRY, 50),
				Set.of(Need.CONNECTION), DiaryRelationship.FRIEND));
		diary.recordEntry(noor, TestDiary.entry(LocalDateTime.of(2026, 11, 5, 21, 0), FORMULA,
				Map.of(Feeling.SHAME, 30), Set.of(Need.APPRECIATION), DiaryRelationship.PARENT));
		experiences.recordExperience(noor,
				TestExperiences.askedForSupport(LocalDateTime.of(2026, 11, 6, 18, 0), 80, 30));
		SessionView session = sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 18, 10, 0), 50));
		session = sessions.saveDraft(session.id(), session.version(),
				new SessionNote("Waiting for replies", "Paced breathing", "Calmer", "Keep the diary", null, null));
		session = sessions.sign(session.id(), session.version());
		sessions.addAmendment(session.id(), "Noor asked for a copy of her record");
		diary.recordEntry(rowan, TestDiary.entry(LocalDateTime.of(2026, 11, 4, 21, 0), "Zeppelin evening",
				Map.of(Feeling.ANGER, 50), Set.of(Need.AUTONOMY), DiaryRelationship.FRIEND));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void the_zip_holds_every_row_of_the_client_in_json_and_csv_and_nothing_of_anyone_else() throws IOException {
		Exported zip = export(noor);

		JsonNode record = JsonMapper.shared().readTree(zip.text("record.json"));
		assertThat(record.get("format").asString()).isEqualTo("harbor-client-record");
		assertThat(record.get("formatVersion").asInt()).isEqualTo(1);
		assertThat(record.get("clientId").asLong()).isEqualTo(noor);
		for (RecordKind kind : RecordKind.ALL) {
			JsonNode rows = record.get("kinds").get(kind.name());
			assertThat(rows.size()).as(kind.name()).isEqualTo(countInDatabase(kind));
			List<CSVRecord> csv = csv(zip.text("csv/" + kind.name() + ".csv"));
			assertThat(csv).as(kind.name() + ".csv").hasSize(rows.size());
		}
		assertThat(record.get("kinds").get("diary_entry")).hasSize(3);
		assertThat(record.get("kinds").get("diary_feeling")).hasSize(4);
		assertThat(record.get("kinds").get("completion")).hasSize(2);
		assertThat(record.get("kinds").get("session_amendment").get(0).get("text").asString())
			.isEqualTo("Noor asked for a copy of her record");
		assertThat(ids(record, "diary_entry")).containsExactlyInAnyOrderElementsOf(
				database.jdbc().queryForList("select id from diary_entry where client_id = ?", Long.class, noor));
		String everything = zip.allText();
		assertThat(everything).doesNotContain("Zeppelin", "Rowan Ashby", "Tomas Reyes", "password", "token_hash");
	}

	@Test
	void the_clients_words_come_back_exactly_and_a_formula_never_runs_in_a_spreadsheet() throws IOException {
		Exported zip = export(noor);

		JsonNode entries = JsonMapper.shared().readTree(zip.text("record.json")).get("kinds").get("diary_entry");
		List<String> situations = new ArrayList<>();
		entries.forEach(entry -> situations.add(entry.get("situation").asString()));
		assertThat(situations).containsExactly("Lighthouse moment 🌊", ARABIC, FORMULA);
		assertThat(entries.get(0).get("happened_at").asString()).isEqualTo("2023-05-04T20:00");
		assertThat(entries.get(0).get("entered_at").asString()).endsWith("Z");
		List<CSVRecord> csv = csv(zip.text("csv/diary_entry.csv"));
		assertThat(csv).extracting(row -> row.get("situation"))
			.containsExactly("Lighthouse moment 🌊", ARABIC, "'" + FORMULA);
	}

	@Test
	void the_schema_describes_every_kind_and_every_column_the_record_has() throws IOException {
		Exported zip = export(noor);

		JsonNode record = JsonMapper.shared().readTree(zip.text("record.json"));
		JsonNode schema = JsonMapper.shared().readTree(zip.text("schema.json"));
		assertThat(schema.get("$schema").asString()).isEqualTo(RecordSchema.DIALECT);
		JsonNode kinds = schema.get("properties").get("kinds").get("properties");
		for (RecordKind kind : RecordKind.ALL) {
			JsonNode described = kinds.get(kind.name());
			assertThat(described).as(kind.name()).isNotNull();
			assertThat(described.get("description").asString()).as(kind.name()).isNotBlank().doesNotContain("!");
			Set<String> columns = new TreeSet<>(described.get("items").get("properties").propertyNames());
			for (JsonNode row : record.get("kinds").get(kind.name())) {
				assertThat(new TreeSet<>(row.propertyNames())).as(kind.name()).isEqualTo(columns);
				row.properties()
					.forEach(cell -> assertThat(matches(described, cell.getKey(), cell.getValue()))
						.as(kind.name() + "." + cell.getKey())
						.isTrue());
			}
		}
		assertThat(kinds.get("portal_invitation").get("items").get("properties").has("token_hash")).isFalse();
		assertThat(kinds.get("diary_entry").get("items").get("properties").get("entered_at").get("format").asString())
			.isEqualTo("date-time");
	}

	@Test
	void the_summary_covers_the_whole_time_in_care_two_years_at_a_time() throws IOException {
		Exported zip = export(noor);

		try (PDDocument pdf = Loader.loadPDF(zip.bytes("summary.pdf"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Noor Haddad", "Paced breathing");
			// Three summaries, each numbered on its own: 2022-03-01 to 2022-11-19, then
			// two of two years each.
			assertThat(text.split("Page 1 of", -1)).hasSize(4);
		}
		assertThat(zip.text("README.txt")).contains(clients.openClient(noor).referenceCode(), "2022-03-01",
				"summary.pdf", "people.csv");
		assertThat(zip.names()).startsWith("README.txt", "record.json", "schema.json").endsWith("summary.pdf");
	}

	@Test
	void the_export_is_audited_and_is_itself_part_of_the_record() throws IOException {
		Exported zip = export(noor);

		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where action = 'EXPORT' and client_id = ?"
							+ " and detail = 'exported whole record' and actor_id = ?",
					Long.class, noor, maya.accountId()))
			.isEqualTo(1);
		JsonNode audit = JsonMapper.shared().readTree(zip.text("record.json")).get("kinds").get("audit_event");
		List<String> details = new ArrayList<>();
		audit.forEach(event -> details.add(event.get("detail").asString(null)));
		assertThat(details).contains("exported whole record");
		JsonNode people = JsonMapper.shared().readTree(zip.text("record.json")).get("kinds").get("people");
		List<String> names = new ArrayList<>();
		people.forEach(person -> names.add(person.get("display_name").asString()));
		assertThat(names).contains("Maya Okafor").doesNotContain("Tomas Reyes");
	}

	@Test
	void another_clinician_is_refused_before_anything_is_written() {
		TestAccounts.signIn(tomas);
		List<String> opened = new ArrayList<>();

		assertThatThrownBy(() -> records.export(noor, Locale.ENGLISH, name -> {
			opened.add(name);
			return new ByteArrayOutputStream();
		})).isInstanceOf(ClientNotFoundException.class).hasMessageNotContaining("Noor");

		assertThat(opened).isEmpty();
		assertThat(database.exports()).isZero();
		assertThat(database.deniedFor(tomas.accountId())).isEqualTo(1);
	}

	@Test
	void every_table_is_in_the_record_or_named_as_left_out_with_a_reason() {
		Set<String> tables = new HashSet<>(database.jdbc()
			.queryForList("select lower(table_name) from information_schema.tables where table_schema = 'public'"
					+ " and table_type = 'BASE TABLE'", String.class));
		Set<String> kinds = new HashSet<>();
		RecordKind.ALL.forEach(kind -> kinds.add(kind.name()));
		kinds.remove("people");

		Set<String> unaccounted = new TreeSet<>(tables);
		unaccounted.removeAll(kinds);
		unaccounted.removeAll(NOT_IN_THE_RECORD.keySet());
		assertThat(unaccounted).as("tables neither exported nor named as left out").isEmpty();
		assertThat(tables).containsAll(kinds);
	}

	private Exported export(long clientId) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> names = new ArrayList<>();
		records.export(clientId, Locale.ENGLISH, name -> {
			names.add(name);
			return out;
		});
		assertThat(names).singleElement().asString().matches("record-[A-Z0-9-]+-2026-11-20\\.zip");
		return Exported.read(out.toByteArray());
	}

	private long countInDatabase(RecordKind kind) {
		return database.jdbc()
			.queryForObject("select count(*) from (" + kind.query().replace(":client", "?") + ") counted", Long.class,
					repeat(noor, kind.query().split(":client", -1).length - 1));
	}

	private static Object[] repeat(long value, int times) {
		Object[] values = new Object[times];
		java.util.Arrays.fill(values, value);
		return values;
	}

	private static List<Long> ids(JsonNode record, String kind) {
		List<Long> ids = new ArrayList<>();
		record.get("kinds").get(kind).forEach(row -> ids.add(row.get("id").asLong()));
		return ids;
	}

	private static List<CSVRecord> csv(String text) throws IOException {
		assertThat(text).as("a byte-order mark, for Excel").startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	/** Whether a value has one of the types the schema allows for its column. */
	private static boolean matches(JsonNode kind, String column, JsonNode value) {
		JsonNode type = kind.get("items").get("properties").get(column).get("type");
		Set<String> allowed = new HashSet<>();
		if (type.isArray()) {
			type.forEach(one -> allowed.add(one.asString()));
		}
		else {
			allowed.add(type.asString());
		}
		String actual = value.isNull() ? "null" : value.isBoolean() ? "boolean"
				: value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : "string";
		return allowed.contains(actual) || (actual.equals("integer") && allowed.contains("number"));
	}

	/** The ZIP's entries, in order, read back. */
	record Exported(Map<String, byte[]> entries) {

		static Exported read(byte[] zip) throws IOException {
			Map<String, byte[]> entries = new LinkedHashMap<>();
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
			return new Exported(entries);
		}

		List<String> names() {
			return List.copyOf(entries.keySet());
		}

		byte[] bytes(String name) {
			assertThat(entries).containsKey(name);
			return entries.get(name);
		}

		String text(String name) {
			return new String(bytes(name), StandardCharsets.UTF_8);
		}

		String allText() {
			StringBuilder all = new StringBuilder();
			entries.forEach((name, content) -> {
				if (!name.endsWith(".pdf")) {
					all.append(new String(content, StandardCharsets.UTF_8));
				}
			});
			return all.toString();
		}

	}

}
