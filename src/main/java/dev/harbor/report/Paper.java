package dev.harbor.report;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** The paper a summary is printed on. */
public enum Paper implements Translatable {

	A4, LETTER;

	@Override
	public String translationKey() {
		return "report.paper." + name().toLowerCase(Locale.ROOT);
	}

}
