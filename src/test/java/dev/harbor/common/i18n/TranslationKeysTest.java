package dev.harbor.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key the code asks for is in the English bundle. Keys are written as string
 * literals shaped like {@code screen.part.name}; enums name theirs through
 * {@link Translatable}.
 */
class TranslationKeysTest {

	private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+)\"");

	/**
	 * Dotted literals that are configuration or resource names, file names (the record
	 * export's entries) or SQL columns with a one-letter table alias, not translation
	 * keys.
	 */
	private static final Pattern NOT_A_KEY = Pattern
		.compile("^(harbor|spring|vaadin|server|java|jakarta)\\..*|.*\\.(json|csv|pdf|txt|zip)$|^[a-z]\\.[a-z_]+$");

	private final Properties bundle = load();

	@Test
	void every_key_written_in_the_code_is_in_the_bundle() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (String key : keysInSource()) {
			if (!bundle.containsKey(key)) {
				missing.add(key);
			}
		}

		assertThat(missing).as("keys used in src/main/java but missing from harbor.properties").isEmpty();
	}

	@Test
	void every_constant_of_every_translatable_enum_has_a_label() {
		Set<String> missing = new TreeSet<>();
		for (Class<?> type : translatableEnums()) {
			for (Object constant : type.getEnumConstants()) {
				String key = ((Translatable) constant).translationKey();
				if (!bundle.containsKey(key)) {
					missing.add(key);
				}
			}
		}

		assertThat(translatableEnums()).isNotEmpty();
		assertThat(missing).isEmpty();
	}

	@Test
	void messages_with_placeholders_escape_their_apostrophes() {
		List<String> broken = new ArrayList<>();
		bundle.forEach((key, value) -> {
			String text = value.toString();
			if (text.contains("{0}") && text.replace("''", "").contains("'")) {
				broken.add(key.toString());
			}
		});

		assertThat(broken).as("MessageFormat would swallow a single apostrophe").isEmpty();
	}

	@Test
	void a_missing_key_is_shown_so_that_it_gets_noticed() {
		assertThat(new HarborI18nProvider().getTranslation("no.such.key", java.util.Locale.ENGLISH))
			.isEqualTo("!no.such.key!");
	}

	private static Set<String> keysInSource() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!NOT_A_KEY.matcher(matcher.group(1)).matches()) {
						keys.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(keys).as("the scan found keys at all").hasSizeGreaterThan(20);
		return keys;
	}

	private static List<Class<?>> translatableEnums() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Translatable.class));
		return scanner.findCandidateComponents("dev.harbor")
			.stream()
			.<Class<?>>map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
			.filter(Class::isEnum)
			.toList();
	}

	/** Every bundle the provider reads, as one set of keys. */
	private static Properties load() {
		Properties properties = new Properties();
		for (String bundle : HarborI18nProvider.BUNDLES) {
			try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/" + bundle + ".properties")) {
				properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return properties;
	}

}
