package dev.harbor.review;

import java.util.List;
import dev.harbor.common.AdditionView;

/**
 * What an entry's view carries besides the entry: the name of who entered it, and what
 * the client added after it was reviewed (oldest first).
 */
public record EntryExtras(String enteredByName, List<AdditionView> additions) {

	public EntryExtras {
		additions = List.copyOf(additions);
	}

}
