package dev.harbor.diary;

import java.time.LocalDate;

/** The average intensity of one feeling in one week, over the entries that named it. */
public record FeelingWeek(LocalDate monday, Feeling feeling, double averageIntensity, int entries) {
}
