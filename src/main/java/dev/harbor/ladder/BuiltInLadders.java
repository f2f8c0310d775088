package dev.harbor.ladder;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The two starting ladders Harbor brings, one per kind, as translation keys and the
 * figures of a typical first prediction. A copy is made in the clinician's language for
 * each client and adapted there; the built-in ones never change under a client's ladder.
 */
final class BuiltInLadders {

	/**
	 * Likelihood and predicted distress per step: a gentle start, each step a little
	 * more.
	 */
	private static final int[][] TIME_APART = { { 60, 35 }, { 60, 45 }, { 50, 50 }, { 50, 60 }, { 45, 70 },
			{ 40, 75 } };

	private static final int[][] CLOSENESS = { { 50, 30 }, { 50, 35 }, { 55, 50 }, { 60, 55 }, { 50, 65 }, { 45, 75 } };

	private BuiltInLadders() {
	}

	static List<LadderTemplateView> all(Function<String, String> words) {
		return List.of(of(LadderKind.TIME_APART, words), of(LadderKind.CLOSENESS, words));
	}

	static LadderTemplateView of(LadderKind kind, Function<String, String> words) {
		int[][] figures = kind == LadderKind.TIME_APART ? TIME_APART : CLOSENESS;
		String prefix = "ladder.builtin." + kind.name().toLowerCase(Locale.ROOT);
		List<NewStep> steps = IntStream.range(0, figures.length)
			.mapToObj(i -> new NewStep(words.apply(prefix + ".step" + (i + 1) + ".action"),
					words.apply(prefix + ".step" + (i + 1) + ".dose"),
					words.apply(prefix + ".step" + (i + 1) + ".feared"), figures[i][0], figures[i][1]))
			.toList();
		return new LadderTemplateView(LadderTemplateView.BUILT_IN + kind.name(), words.apply(prefix + ".name"), kind,
				true, true, "", false, steps);
	}

}
