package dev.harbor.common.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from {@code i18n/harbor*.properties}, and the built-in
 * exercise library's words from {@code i18n/exercises*.properties}, the readings' from
 * {@code i18n/readings*.properties}; one file per language. A missing key shows as
 * {@code !key!} so that it is visible on screen, and {@code TranslationKeysTest} fails
 * the build before that can happen.
 */
@Component
public class HarborI18nProvider implements I18NProvider {

	static final List<String> BUNDLES = List.of("i18n/harbor", "i18n/exercises", "i18n/readings");

	/**
	 * English lives in the base bundle: without this, a machine whose default locale is
	 * Dutch would answer an English request in Dutch.
	 */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final Logger log = LoggerFactory.getLogger(HarborI18nProvider.class);

	private static final List<Locale> LOCALES = Arrays.stream(Language.values()).map(Language::locale).toList();

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		for (String name : BUNDLES) {
			ResourceBundle bundle = ResourceBundle.getBundle(name, supported(locale), NO_FALLBACK);
			if (bundle.containsKey(key)) {
				String pattern = bundle.getString(key);
				return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
			}
		}
		log.warn("Missing translation key {}", key);
		return "!" + key + "!";
	}

	private static Locale supported(Locale locale) {
		return LOCALES.stream()
			.filter(l -> l.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(Locale.ENGLISH);
	}

}
