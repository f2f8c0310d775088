package dev.harbor.common.i18n;

import java.util.Arrays;
import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The languages Harbor speaks. A clinician works in one; each client has one, which their
 * portal, handouts, plan, readings and letters use whatever their clinician chose. Stored
 * by its language code. Each is named in itself ("Nederlands"), so that a person can find
 * their own language whatever the screen is in.
 */
public enum Language {

	ENGLISH(Locale.ENGLISH), DUTCH(Locale.of("nl"));

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	public String code() {
		return locale.getLanguage();
	}

	/** The language's own name for itself, the same in every bundle. */
	public String ownName() {
		String name = locale.getDisplayLanguage(locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** The language closest to a browser's or a screen's locale; English otherwise. */
	public static Language of(Locale locale) {
		return Arrays.stream(values())
			.filter(language -> language.code().equals(locale.getLanguage()))
			.findFirst()
			.orElse(ENGLISH);
	}

	public static Language ofCode(String code) {
		return Arrays.stream(values())
			.filter(language -> language.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown language code"));
	}

	/**
	 * Stores a language as its code ("en", "nl"); each column names it with
	 * {@code @Convert}.
	 */
	@Converter
	public static class Column implements AttributeConverter<Language, String> {

		@Override
		public String convertToDatabaseColumn(Language language) {
			return language.code();
		}

		@Override
		public Language convertToEntityAttribute(String code) {
			return ofCode(code);
		}

	}

}
