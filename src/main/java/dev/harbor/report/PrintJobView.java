package dev.harbor.report;

import java.time.Instant;

/**
 * One of a clinician's recent batches as the print page lists it: counts and its start,
 * no client.
 */
public record PrintJobView(PrintJobState state, int total, int done, int printed, int failed, Instant startedAt) {
}
