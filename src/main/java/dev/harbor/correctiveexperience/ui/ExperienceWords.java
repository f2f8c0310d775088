package dev.harbor.correctiveexperience.ui;

import java.util.Map;

import java.util.Collection;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import dev.harbor.common.i18n.Translatable;

/** Plain words for the log's values. */
final class ExperienceWords {

	/**
	 * The labels the client's portal uses instead, by the key they replace: the
	 * clinician's screen speaks about the client, the portal to them.
	 */
	static final Map<String, String> CLIENTS_OWN = Map.of("experience.field.risk", "experience.mine.risk",
			"experience.field.feared", "experience.mine.feared", "experience.field.beliefBefore",
			"experience.mine.beliefBefore", "experience.field.beliefAfter", "experience.mine.beliefAfter",
			"experience.field.learned", "experience.mine.learned");

	private ExperienceWords() {
	}

	static String label(Translatable value) {
		return UI.getCurrentOrThrow().getTranslation(value.translationKey());
	}

	static String labels(Collection<? extends Translatable> values) {
		return values.stream().sorted().map(ExperienceWords::label).collect(Collectors.joining(", "));
	}

}
