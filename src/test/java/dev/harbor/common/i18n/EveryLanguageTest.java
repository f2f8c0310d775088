package dev.harbor.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language has every word: the same keys in each bundle, the same placeholders in
 * each message, and messages that MessageFormat reads as meant. English is the base
 * bundle; every other language is checked against it.
 */
class EveryLanguageTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	static Stream<Arguments> bundlesInOtherLanguages() {
		return HarborI18nProvider.BUNDLES.stream()
			.flatMap(bundle -> Arrays.stream(Language.values())
				.filter(language -> language != Language.ENGLISH)
				.map(language -> Arguments.of(bundle, language)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesInOtherLanguages")
	void each_language_has_exactly_the_keys_of_english(String bundle, Language language) {
		Map<String, String> english = load(bundle + ".properties");
		Map<String, String> other = load(bundle + "_" + language.code() + ".properties");

		assertThat(difference(english.keySet(), other.keySet())).as("keys missing in " + language).isEmpty();
		assertThat(difference(other.keySet(), english.keySet())).as("keys only in " + language).isEmpty();
		assertThat(other).as("no empty words").allSatisfy((key, value) -> assertThat(value).isNotBlank());
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesInOtherLanguages")
	void each_message_has_the_placeholders_of_its_english_original(String bundle, Language language) {
		Map<String, String> english = load(bundle + ".properties");
		Map<String, String> other = load(bundle + "_" + language.code() + ".properties");
		List<String> differing = new ArrayList<>();
		other.forEach((key, value) -> {
			if (english.containsKey(key) && !placeholders(value).equals(placeholders(english.get(key)))) {
				differing.add(key);
			}
		});

		assertThat(differing).isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesInOtherLanguages")
	void each_message_with_placeholders_formats_and_keeps_its_apostrophes(String bundle, Language language) {
		List<String> broken = new ArrayList<>();
		load(bundle + "_" + language.code() + ".properties").forEach((key, value) -> {
			if (!value.contains("{")) {
				return;
			}
			if (value.replace("''", "").contains("'")) {
				broken.add(key + ": a single apostrophe would be swallowed");
				return;
			}
			Object[] arguments = placeholders(value).stream().map(index -> 2).toArray();
			String formatted = new MessageFormat(value, language.locale())
				.format(Arrays.copyOf(arguments, placeholders(value).stream().mapToInt(i -> i + 1).max().orElse(0)));
			if (formatted.contains("{")) {
				broken.add(key + ": left a placeholder unfilled");
			}
		});

		assertThat(broken).isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesInOtherLanguages")
	void the_provider_answers_in_the_language_asked_for(String bundle, Language language) {
		HarborI18nProvider provider = new HarborI18nProvider();
		Map<String, String> other = load(bundle + "_" + language.code() + ".properties");
		String key = other.keySet().stream().filter(k -> !other.get(k).contains("{")).findFirst().orElseThrow();

		assertThat(provider.getTranslation(key, language.locale())).isEqualTo(other.get(key));
		assertThat(provider.getTranslation(key, Locale.of(language.code(), "BE"))).as("a regional variant")
			.isEqualTo(other.get(key));
	}

	private static Set<Integer> placeholders(String message) {
		Set<Integer> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(Integer.valueOf(matcher.group(1)));
		}
		return found;
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

	private static Map<String, String> load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = EveryLanguageTest.class.getResourceAsStream("/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, String> result = new TreeMap<>();
		properties.forEach((key, value) -> result.put(key.toString(), value.toString()));
		return result;
	}

}
