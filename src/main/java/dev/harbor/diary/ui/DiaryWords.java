package dev.harbor.diary.ui;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.diary.Feeling;

/** Plain words for diary values, the same in the list, the detail and the patterns. */
final class DiaryWords {

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
