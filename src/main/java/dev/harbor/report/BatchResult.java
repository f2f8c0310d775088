package dev.harbor.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a batch produced: one PDF with every summary that could be made (null when none),
 * how many went in, the labels of the clients whose summary failed, and whether the
 * clinician stopped it early.
 */
public record BatchResult(@Nullable SummaryFile file, int printed, List<String> failed, boolean cancelled) {

	public BatchResult {
		failed = List.copyOf(failed);
	}

	@Override
	public String toString() {
		return "BatchResult[printed=" + printed + ", failed=" + failed.size() + ", cancelled=" + cancelled + "]";
	}

}
