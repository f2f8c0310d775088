package dev.harbor.correctiveexperience;

import java.time.LocalDate;

/** The feared belief before and after one experience, for the chart. */
public record BeliefChange(long experienceId, LocalDate day, Risk risk, int before, int after) {
}
