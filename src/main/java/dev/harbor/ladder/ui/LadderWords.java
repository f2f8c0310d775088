package dev.harbor.ladder.ui;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.ladder.NewStep;
import dev.harbor.ladder.StepView;

/**
 * Plain words for a ladder's values, the same on the clinician's screens and the portal.
 */
final class LadderWords {

	/**
	 * The labels the client's portal uses instead, by the key they replace: the
	 * clinician's screen speaks about the client, the portal to them.
	 */
	static final Map<String, String> CLIENTS_OWN = Map.of("ladder.attempt.field.fearedHappened",
			"ladder.mine.fearedHappened", "ladder.attempt.field.whatHappened", "ladder.mine.whatHappened",
			"ladder.attempt.field.learned", "ladder.mine.learned", "ladder.attempt.field.safety", "ladder.mine.safety");

	private LadderWords() {
	}

	static String label(Translatable value) {
		return UI.getCurrentOrThrow().getTranslation(value.translationKey());
	}

	static String labels(Collection<? extends Translatable> values) {
		return values.stream().sorted().map(LadderWords::label).collect(Collectors.joining(", "));
	}

	/** "Step 2: Wait an hour before answering (1 hour)". */
	static String stepName(StepView step) {
		return UI.getCurrentOrThrow().getTranslation("ladder.step.name", step.position(), what(step.step()));
	}

	/** What the step asks, with how long or how far when it says. */
	static String what(NewStep step) {
		return step.dose() == null ? step.action() : step.action() + " (" + step.dose() + ")";
	}

}
