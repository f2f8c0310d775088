package dev.harbor.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from {@code i18n/harbor*.properties}. A missing key
 * shows as {@code !key!} so that it is visible on screen, and {@code TranslationKeysTest}
 * fails the build before that can happen.
 */
@Component
public class HarborI18nProvider implements I18NProvider {

	static final String BUNDLE = "i18n/harbor";

	private static final Logger log = LoggerFactory.getLogger(HarborI18nProvider.class);

	private static final List<Locale> LOCALES = List.of(Locale.ENGLISH);

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
		if (!bundle.containsKey(key)) {
			log.warn("Missing translation key {}", key);
			return "!" + key + "!";
		}
		String pattern = bundle.getString(key);
		return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
	}

	/**
	 * Whether the bundle has this key; used by tests and by code that offers optional
	 * help.
	 */
	public boolean hasTranslation(String key) {
		try {
			ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
			return true;
		}
		catch (MissingResourceException ex) {
			return false;
		}
	}

	private static Locale supported(Locale locale) {
		return LOCALES.stream()
			.filter(l -> l.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(Locale.ENGLISH);
	}

}
