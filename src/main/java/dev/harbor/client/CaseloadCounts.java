package dev.harbor.client;

/** How many clients a clinician has in each status. */
public record CaseloadCounts(long active, long paused, long discharged) {
}
