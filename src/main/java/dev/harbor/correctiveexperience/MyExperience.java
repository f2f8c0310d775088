package dev.harbor.correctiveexperience;

import java.time.Instant;
import java.util.List;

import dev.harbor.common.AdditionView;
import dev.harbor.common.MyEntry;

/**
 * One of my corrective experiences as I see it in the portal: what I wrote, whether I
 * want to bring it to my next session, whether my clinician has read it (then I add to it
 * instead of changing it), and what I added. Never the clinician's comment or flag.
 */
public record MyExperience(long id, long version, NewExperience experience, boolean bringToSession, boolean reviewed,
		Instant enteredAt, List<AdditionView> additions) implements MyEntry<NewExperience> {

	public MyExperience {
		additions = List.copyOf(additions);
	}

	static MyExperience of(ExperienceView view) {
		return new MyExperience(view.id(), view.version(), view.experience(), view.bringToSession(), view.reviewed(),
				view.enteredAt(), view.additions());
	}

	@Override
	public NewExperience words() {
		return experience;
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "MyExperience[id=" + id + ", version=" + version + "]";
	}

}
