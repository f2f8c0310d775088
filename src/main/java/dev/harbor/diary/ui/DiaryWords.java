package dev.harbor.diary.ui;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.diary.Feeling;

/** Plain words for diary values, the same in the list, the detail and the patterns. */
final class DiaryWords {

	/**
	 * The labels the client's portal uses instead, by the key they replace: the
	 * clinician's screen speaks about the client, the portal to them.
	 */
	static final Map<String, String> CLIENTS_OWN = Map.of("diary.field.behaviours", "diary.mine.behaviours");

	private DiaryWords() {
	}

	static String label(Translatable value) {
		return UI.getCurrentOrThrow().getTranslation(value.translationKey());
	}

	static String labels(Collection<? extends Translatable> values) {
		return values.stream().map(DiaryWords::label).collect(Collectors.joining(", "));
	}

	/** "fear 70, shame 40", strongest first. */
	static String feelings(Map<Feeling, Integer> feelings) {
		return feelings.entrySet()
			.stream()
			.sorted(Map.Entry.<Feeling, Integer>comparingByValue().reversed())
			.map(feeling -> UI.getCurrentOrThrow()
				.getTranslation("diary.feelingWithIntensity", label(feeling.getKey()), feeling.getValue()))
			.collect(Collectors.joining(", "));
	}

}
