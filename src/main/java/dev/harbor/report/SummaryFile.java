package dev.harbor.report;

/**
 * A finished PDF and the name to save it under: the reference code and the date, never
 * the client's name.
 */
public record SummaryFile(String fileName, byte[] content) {
}
