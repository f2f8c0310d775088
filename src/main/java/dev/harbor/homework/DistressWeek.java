package dev.harbor.homework;

import java.time.LocalDate;

/**
 * Average distress before and after practice in one week, across a client's homework.
 */
public record DistressWeek(LocalDate monday, int practices, double averageBefore, double averageAfter) {
}
