package dev.harbor.ladder;

import java.time.Instant;
import java.util.List;

import dev.harbor.common.AdditionView;
import dev.harbor.common.MyEntry;

/**
 * One of my attempts as I see it in the portal: what I wrote, whether I want to bring it
 * to my next session, whether my clinician has read it (then I add to it instead of
 * changing it), and what I added. Never the clinician's comment or flag.
 */
public record MyAttempt(long id, long version, long ladderId, NewAttempt attempt, boolean bringToSession,
		boolean reviewed, Instant enteredAt, List<AdditionView> additions) implements MyEntry<NewAttempt> {

	public MyAttempt {
		additions = List.copyOf(additions);
	}

	static MyAttempt of(AttemptView view) {
		return new MyAttempt(view.id(), view.version(), view.ladderId(), view.attempt(), view.bringToSession(),
				view.reviewed(), view.enteredAt(), view.additions());
	}

	@Override
	public NewAttempt words() {
		return attempt;
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "MyAttempt[id=" + id + ", version=" + version + "]";
	}

}
