package dev.harbor.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the clinician chose for a summary: the period, the paper, and whether the client
 * appears by name or by reference code.
 */
public record SummaryRequest(@Nullable LocalDate from, @Nullable LocalDate to, Paper paper, boolean byReferenceCode) {
}
