package dev.harbor.homework;

import java.util.List;

/** A client's homework: every assignment, newest first, and distress week by week. */
public record ClientHomework(long clientId, List<AssignmentView> assignments, List<DistressWeek> distress) {

	public ClientHomework {
		assignments = List.copyOf(assignments);
		distress = List.copyOf(distress);
	}

}
