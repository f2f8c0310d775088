package dev.harbor.homework;

import java.util.List;

/**
 * The dashboard's homework panel: quiet plans across my caseload, and recent practice.
 */
public record HomeworkFollowUp(List<OverdueHomework> overdue, List<RecentPractice> recent) {

	public HomeworkFollowUp {
		overdue = List.copyOf(overdue);
		recent = List.copyOf(recent);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "HomeworkFollowUp[overdue=" + overdue.size() + ", recent=" + recent.size() + "]";
	}

}
