package dev.harbor.homework;

import java.util.List;

/** A client's homework: every assignment, newest first, and distress week by week. */
public record ClientHomework(long clientId, List<AssignmentView> assignments, List<DistressWeek> distress) {

	public ClientHomework {
		assignments = List.copyOf(assignments);
		distress = List.copyOf(distress);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "ClientHomework[clientId=" + clientId + ", assignments=" + assignments.size() + "]";
	}

}
