package dev.harbor.report;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The summary renderer alone, without Spring or a database: a typical summary and one
 * with 200 flagged diary entries, drawn again and again on one thread; the median and p95
 * time and the bytes allocated per PDF (the JVM's per-thread allocation counter). Run
 * with
 * {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=dev.harbor.report.PdfRenderBenchmark};
 * see docs/performance.md.
 */
public final class PdfRenderBenchmark {

	private static final int WARM_UP = 30;

	private static final int ROUNDS = 100;

	private PdfRenderBenchmark() {
	}

	public static void main(String[] args) {
		System.out.println(measure("an empty period", TestSummaries.emptyPeriod()));
		System.out.println(measure("typical summary", TestSummaries.typical()));
		System.out.println(measure("200 flagged entries",
				TestSummaries.withFlagged(200, "No reply all evening, and I checked my phone again and again")));
		System.exit(0);
	}

	private static String measure(String label, SessionSummary summary) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int i = 0; i < WARM_UP; i++) {
			SummaryRenderer.render(summary, Paper.A4);
		}
		long[] micros = new long[ROUNDS];
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		int bytes = 0;
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			bytes = SummaryRenderer.render(summary, Paper.A4).length;
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / ROUNDS;
		Arrays.sort(micros);
		return String.format(Locale.ROOT, "%-20s: median %.1f ms, p95 %.1f ms, %.1f MB allocated per PDF, %,d bytes",
				label, micros[ROUNDS / 2] / 1e3, micros[(int) (ROUNDS * 0.95)] / 1e3, allocated / 1e6, bytes);
	}

}
