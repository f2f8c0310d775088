package dev.harbor.ladder;

import java.util.List;

/**
 * A starting ladder to copy for a client: one of the two built in, or a clinician's own.
 *
 * @param key how to ask for it again: {@code builtin:TIME_APART}, {@code own:42}
 * @param name already in the clinician's language
 * @param ownerName who keeps it; empty for a built-in one
 * @param mine kept by the signed-in clinician, who alone may archive it
 */
public record LadderTemplateView(String key, String name, LadderKind kind, boolean builtIn, boolean shared,
		String ownerName, boolean mine, List<NewStep> steps) {

	static final String BUILT_IN = "builtin:";

	static final String OWN = "own:";

	public LadderTemplateView {
		steps = List.copyOf(steps);
	}

	/** The id of a clinician's own starting ladder; none for a built-in one. */
	public long ownId() {
		if (!key.startsWith(OWN)) {
			throw new IllegalStateException("A built-in starting ladder has no id");
		}
		return Long.parseLong(key.substring(OWN.length()));
	}

	@Override
	public String toString() {
		return "LadderTemplateView[key=" + key + "]";
	}

}
