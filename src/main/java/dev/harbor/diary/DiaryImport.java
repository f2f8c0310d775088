package dev.harbor.diary;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a diary file a client kept elsewhere, CSV or JSON (the format is in the README
 * and {@code docs/diary-import-example.*}), into entries with their line numbers. Pure:
 * no database, no Spring; the service checks the rules and decides.
 */
final class DiaryImport {

	/** Larger files are refused before reading. */
	static final int MAX_BYTES = ImportReport.MAX_BYTES;

	static final int MAX_ROWS = 5_000;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** A row that could be read, with the line it starts on. */
	record Row(int line, NewDiaryEntry entry) {
	}

	/**
	 * The rows read and the problems met; with any problem the caller imports nothing.
	 */
	record Parsed(List<Row> rows, List<ImportReport.Problem> problems) {
	}

	private DiaryImport() {
	}

	static Parsed read(@Nullable String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (content.length > MAX_BYTES) {
			return fileProblem("diary.import.tooLarge");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException notText) {
			return fileProblem("diary.import.notCsvOrJson");
		}
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (text.isBlank()) {
			return fileProblem("diary.import.empty");
		}
		if (name.endsWith(".json") && text.stripLeading().startsWith("[")) {
			return readJson(text);
		}
		if (name.endsWith(".csv") && !text.stripLeading().startsWith("[") && !text.stripLeading().startsWith("{")) {
			return readCsv(text);
		}
		return fileProblem("diary.import.notCsvOrJson");
	}

	private static Parsed readCsv(String text) {
		List<Row> rows = new ArrayList<>();
		List<ImportReport.Problem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			if (!parser.getHeaderNames().containsAll(List.of("happened_at", "situation", "relationship"))) {
				return fileProblem("diary.import.header");
			}
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber() + 1;
				if (rows.size() + problems.size() >= MAX_ROWS) {
					return fileProblem("diary.import.tooManyRows");
				}
				Function<String, @Nullable String> field = column -> record.isMapped(column) && record.isSet(column)
						&& !record.get(column).isBlank() ? record.get(column) : null;
				collect(line, field, rows, problems);
			}
		}
		catch (IOException | IllegalStateException | IllegalArgumentException unreadable) {
			return fileProblem("diary.import.unreadable");
		}
		return new Parsed(rows, problems);
	}

	private static Parsed readJson(String text) {
		List<Row> rows = new ArrayList<>();
		List<ImportReport.Problem> problems = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				return fileProblem("diary.import.notCsvOrJson");
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				int line = parser.currentTokenLocation().getLineNr();
				if (rows.size() + problems.size() >= MAX_ROWS) {
					return fileProblem("diary.import.tooManyRows");
				}
				JsonNode node = parser.readValueAsTree();
				collect(line, column -> jsonText(node.get(column)), rows, problems);
			}
		}
		catch (JacksonException unreadable) {
			return fileProblem("diary.import.unreadable");
		}
		return new Parsed(rows, problems);
	}

	/** JSON lists and objects read as the CSV's "a; b" and "fear:70; shame:40" forms. */
	private static @Nullable String jsonText(@Nullable JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach(item -> items.add(item.asString()));
			return String.join(";", items);
		}
		if (value.isObject()) {
			List<String> pairs = new ArrayList<>();
			value.properties().forEach(pair -> pairs.add(pair.getKey() + ":" + pair.getValue().asString()));
			return String.join(";", pairs);
		}
		String text = value.asString();
		return text.isBlank() ? null : text;
	}

	private static void collect(int line, Function<String, @Nullable String> field, List<Row> rows,
			List<ImportReport.Problem> problems) {
		try {
			rows.add(new Row(line, entry(field)));
		}
		catch (BadValue bad) {
			problems.add(new ImportReport.Problem(line, bad.field, bad.messageKey));
		}
	}

	private static NewDiaryEntry entry(Function<String, @Nullable String> field) {
		return new NewDiaryEntry(time(field.apply("happened_at"), "happenedAt"),
				field.apply("written_at") == null ? null : time(field.apply("written_at"), "writtenAt"),
				field.apply("situation"), field.apply("thoughts"), feelings(field.apply("feelings")),
				field.apply("body"), set(field.apply("behaviours"), Behaviour.class, "behaviours"),
				set(field.apply("needs"), Need.class, "needs"),
				set(field.apply("thinking_traps"), ThinkingTrap.class, "traps"), field.apply("tried_instead"),
				field.apply("how_it_went"), one(field.apply("relationship"), DiaryRelationship.class, "relationship"));
	}

	private static LocalDateTime time(@Nullable String value, String field) {
		if (value == null) {
			throw new BadValue(field, "diary.rule.happenedAt");
		}
		try {
			return LocalDateTime.parse(value.strip().replace(' ', 'T'));
		}
		catch (DateTimeParseException notATime) {
			throw new BadValue(field, "diary.import.time");
		}
	}

	private static Map<Feeling, Integer> feelings(@Nullable String value) {
		Map<Feeling, Integer> feelings = new EnumMap<>(Feeling.class);
		for (String pair : parts(value)) {
			String[] nameAndIntensity = pair.split(":", 2);
			if (nameAndIntensity.length != 2) {
				throw new BadValue("feelings", "diary.import.feeling");
			}
			Feeling feeling = one(nameAndIntensity[0], Feeling.class, "feelings");
			try {
				feelings.put(feeling, Integer.parseInt(nameAndIntensity[1].strip()));
			}
			catch (NumberFormatException notANumber) {
				throw new BadValue("feelings", "diary.rule.intensity");
			}
		}
		return feelings;
	}

	private static <E extends Enum<E>> Set<E> set(@Nullable String value, Class<E> type, String field) {
		Set<E> values = EnumSet.noneOf(type);
		parts(value).forEach(part -> values.add(one(part, type, field)));
		return values;
	}

	private static <E extends Enum<E>> @Nullable E one(@Nullable String value, Class<E> type, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			throw new BadValue(field, "diary.import.unknownValue");
		}
	}

	private static List<String> parts(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

	private static Parsed fileProblem(String messageKey) {
		return new Parsed(List.of(), List.of(new ImportReport.Problem(0, "file", messageKey)));
	}

	/** A value that cannot be read; carries the field and a translation key. */
	private static final class BadValue extends RuntimeException {

		private final String field;

		private final String messageKey;

		BadValue(String field, String messageKey) {
			super(field + ": " + messageKey, null, false, false);
			this.field = field;
			this.messageKey = messageKey;
		}

	}

}
