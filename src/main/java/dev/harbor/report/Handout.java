package dev.harbor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A client's homework on paper: each active exercise in the words they were given, the
 * plan, the clinician's note, and a log table to fill in by hand until the next session.
 * Already worded; the renderer only lays it out.
 */
public record Handout(Labels labels, Locale locale, String practiceName, String clinicianName, String clientLabel,
		LocalDate from, LocalDate until, Instant generatedAt, List<Exercise> exercises, List<LadderStep> ladders) {

	public Handout {
		exercises = List.copyOf(exercises);
		ladders = List.copyOf(ladders);
	}

	/** A handout with exercises only. */
	public Handout(Labels labels, Locale locale, String practiceName, String clinicianName, String clientLabel,
			LocalDate from, LocalDate until, Instant generatedAt, List<Exercise> exercises) {
		this(labels, locale, practiceName, clinicianName, clientLabel, from, until, generatedAt, exercises, List.of());
	}

	/**
	 * The step of a ladder the client is on now, worded for them: the goal, the step, its
	 * prediction, their scale, and the log's column names.
	 */
	public record LadderStep(String heading, List<String> lines, String logHeading, List<String> columns) {

		public LadderStep {
			lines = List.copyOf(lines);
			columns = List.copyOf(columns);
		}

		@Override
		public String toString() {
			return "LadderStep";
		}

	}

	/** One exercise as the client reads it. */
	public record Exercise(String name, String purpose, List<String> steps, String plan, @Nullable String note,
			List<String> prompts) {

		public Exercise {
			steps = List.copyOf(steps);
			prompts = List.copyOf(prompts);
		}

		@Override
		public String toString() {
			return "Exercise[name=" + name + "]";
		}

	}

	/** The fixed words of the handout, translated. */
	public record Labels(String title, String forClient, String period, String none, String howOften, String noteFrom,
			String logHeading, String date, String minutes, String before, String after, String notes, String scale,
			String confidential, String pageOf) {
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "Handout[from=" + from + ", until=" + until + ", exercises=" + exercises.size() + "]";
	}

}
