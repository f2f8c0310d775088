package dev.harbor.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.harbor.common.i18n.HarborI18nProvider;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code schema.json}: a JSON Schema (draft 2020-12) of {@code record.json}, written from
 * the same columns the export read, so the two cannot drift apart. Each kind carries a
 * description in the language of the export.
 */
final class RecordSchema {

	static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

	private RecordSchema() {
	}

	static void write(JsonFactory json, Map<String, List<RecordColumn>> kinds, HarborI18nProvider words, Locale locale,
			OutputStream out) {
		try (JsonGenerator schema = json.createGenerator(ObjectWriteContext.empty(), out)) {
			schema.writeStartObject();
			schema.writeStringProperty("$schema", DIALECT);
			schema.writeStringProperty("title", words.getTranslation("record.schema.title", locale));
			schema.writeStringProperty("description", words.getTranslation("record.schema.description", locale));
			schema.writeStringProperty("type", "object");
			schema.writeName("required");
			strings(schema, List.of("format", "formatVersion", "exportedAt", "clientId", "referenceCode", "kinds"));
			schema.writeName("properties");
			schema.writeStartObject();
			schema.writeName("format");
			schema.writeStartObject();
			schema.writeStringProperty("const", ClientRecordExport.FORMAT);
			schema.writeEndObject();
			schema.writeName("formatVersion");
			schema.writeStartObject();
			schema.writeNumberProperty("const", ClientRecordExport.FORMAT_VERSION);
			schema.writeEndObject();
			simple(schema, "exportedAt", "string", "date-time");
			simple(schema, "clientId", "integer", null);
			simple(schema, "referenceCode", "string", null);
			schema.writeName("kinds");
			schema.writeStartObject();
			schema.writeStringProperty("type", "object");
			schema.writeName("required");
			strings(schema, List.copyOf(kinds.keySet()));
			schema.writeName("properties");
			schema.writeStartObject();
			kinds.forEach((kind, columns) -> kind(schema, kind, columns, words, locale));
			schema.writeEndObject();
			schema.writeEndObject();
			schema.writeEndObject();
			schema.writeEndObject();
		}
	}

	private static void kind(JsonGenerator schema, String kind, List<RecordColumn> columns, HarborI18nProvider words,
			Locale locale) {
		schema.writeName(kind);
		schema.writeStartObject();
		schema.writeStringProperty("description", words.getTranslation("record.kind." + kind, locale));
		schema.writeStringProperty("type", "array");
		schema.writeName("items");
		schema.writeStartObject();
		schema.writeStringProperty("type", "object");
		schema.writeBooleanProperty("additionalProperties", false);
		schema.writeName("required");
		strings(schema, columns.stream().map(RecordColumn::name).toList());
		schema.writeName("properties");
		schema.writeStartObject();
		for (RecordColumn column : columns) {
			schema.writeName(column.name());
			schema.writeStartObject();
			schema.writeName("type");
			if (column.nullable()) {
				strings(schema, List.of(column.type().jsonType, "null"));
			}
			else {
				schema.writeString(column.type().jsonType);
			}
			if (column.type().format != null) {
				schema.writeStringProperty("format", column.type().format);
			}
			schema.writeEndObject();
		}
		schema.writeEndObject();
		schema.writeEndObject();
		schema.writeEndObject();
	}

	private static void simple(JsonGenerator schema, String name, String type, @Nullable String format) {
		schema.writeName(name);
		schema.writeStartObject();
		schema.writeStringProperty("type", type);
		if (format != null) {
			schema.writeStringProperty("format", format);
		}
		schema.writeEndObject();
	}

	private static void strings(JsonGenerator schema, List<String> values) {
		schema.writeStartArray();
		values.forEach(schema::writeString);
		schema.writeEndArray();
	}

}
