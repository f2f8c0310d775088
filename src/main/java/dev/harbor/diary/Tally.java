package dev.harbor.diary;

/** How often something came up in a period. */
public record Tally<T>(T item, int count) {
}
