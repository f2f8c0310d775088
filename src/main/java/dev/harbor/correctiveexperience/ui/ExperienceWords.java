package dev.harbor.correctiveexperience.ui;

import java.util.Collection;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import dev.harbor.common.i18n.Translatable;

/** Plain words for the log's values. */
final class ExperienceWords {

	private ExperienceWords() {
	}

	static String label(Translatable value) {
		return UI.getCurrentOrThrow().getTranslation(value.translationKey());
	}

	static String labels(Collection<? extends Translatable> values) {
		return values.stream().sorted().map(ExperienceWords::label).collect(Collectors.joining(", "));
	}

}
