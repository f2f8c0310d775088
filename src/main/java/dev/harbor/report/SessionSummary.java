package dev.harbor.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Everything a session summary shows, already worded and counted: the renderer only lays
 * it out. Built by the report service from the homework, diary and corrective-experience
 * services; holds one client's data only.
 *
 * @param clientLabel the client's name, or their reference code when the clinician chose
 * so
 * @param goneThrough for a session's summary, the diary entries and corrective
 * experiences marked reviewed during it, one worded line each; empty otherwise
 */
public record SessionSummary(Labels labels, Locale locale, String practiceName, String clinicianName,
		String clientLabel, String referenceCode, LocalDate from, LocalDate to, ZonedDateTime generatedAt,
		List<Homework> homework, List<DistressWeek> distress, Diary diary, Experiences experiences,
		@Nullable String sessionNote, List<String> goneThrough, List<String> nextHomework, Ladders ladders) {

	public SessionSummary {
		homework = List.copyOf(homework);
		distress = List.copyOf(distress);
		goneThrough = List.copyOf(goneThrough);
		nextHomework = List.copyOf(nextHomework);
	}

	/** A summary with no ladder section: for a client who works without ladders. */
	public SessionSummary(Labels labels, Locale locale, String practiceName, String clinicianName, String clientLabel,
			String referenceCode, LocalDate from, LocalDate to, ZonedDateTime generatedAt, List<Homework> homework,
			List<DistressWeek> distress, Diary diary, Experiences experiences, @Nullable String sessionNote,
			List<String> goneThrough, List<String> nextHomework) {
		this(labels, locale, practiceName, clinicianName, clientLabel, referenceCode, from, to, generatedAt, homework,
				distress, diary, experiences, sessionNote, goneThrough, nextHomework, Ladders.NONE);
	}

	/**
	 * The ladders of the period, already worded; the section is printed only when there
	 * is a ladder.
	 */
	public record Ladders(String heading, LadderWords words, List<Ladder> list) {

		public static final Ladders NONE = new Ladders("", LadderWords.NONE, List.of());

		public Ladders {
			list = List.copyOf(list);
		}

	}

	/** The fixed words of the ladder section, translated. */
	public record LadderWords(List<String> columns, String chart, String predicted, String peak, String end,
			String whatHappened, String learned, String noAttempts) {

		static final LadderWords NONE = new LadderWords(List.of(), "", "", "", "", "", "", "");

		public LadderWords {
			columns = List.copyOf(columns);
		}

	}

	/**
	 * One ladder: its title (the goal and the kind), the step the client is on now, how
	 * often the feared outcome happened (said first: the learning is there), a worded row
	 * per attempt, and the three distress figures per attempt for the chart.
	 */
	public record Ladder(String title, String now, String outcomes, List<String> fears, List<List<String>> rows,
			List<LadderTry> tries) {

		public Ladder {
			fears = List.copyOf(fears);
			rows = rows.stream().map(List::copyOf).toList();
			tries = List.copyOf(tries);
		}

		@Override
		public String toString() {
			return "Ladder[tries=" + tries.size() + "]";
		}

	}

	/**
	 * One attempt's figures and, when written, what happened and what was learned.
	 *
	 * @param step which step it was on ("Step 2"): the chart is drawn per step
	 */
	public record LadderTry(LocalDate day, String step, String heading, int predicted, int peak, int end,
			@Nullable String whatHappened, @Nullable String learned) {

		@Override
		public String toString() {
			return "LadderTry[day=" + day + "]";
		}

	}

	/** One assignment's figures for the period. */
	public record Homework(String exercise, String plan, String practised, @Nullable Double averageBefore,
			@Nullable Double averageAfter) {
	}

	/** Average distress before and after practice in one week (0 to 10). */
	public record DistressWeek(LocalDate monday, double before, double after) {
	}

	/** The diary's patterns for the period. */
	public record Diary(int entries, List<String> topNeeds, List<String> topFeelings, List<String> topBehaviours,
			List<Series> feelingsByWeek, List<Flagged> flagged) {

		public Diary {
			topNeeds = List.copyOf(topNeeds);
			topFeelings = List.copyOf(topFeelings);
			topBehaviours = List.copyOf(topBehaviours);
			feelingsByWeek = List.copyOf(feelingsByWeek);
			flagged = List.copyOf(flagged);
		}

		@Override
		public String toString() {
			return "Diary[entries=" + entries + "]";
		}

		public static Diary empty() {
			return new Diary(0, List.of(), List.of(), List.of(), List.of(), List.of());
		}

	}

	/** A named line of weekly values, 0 to 100 (for the feelings chart). */
	public record Series(String name, List<Point> points) {

		public Series {
			points = List.copyOf(points);
		}

	}

	public record Point(LocalDate day, double value) {
	}

	/** A diary entry flagged for the session: when, and what happened. */
	public record Flagged(LocalDate day, String situation) {

		@Override
		public String toString() {
			return "Flagged[day=" + day + "]";
		}

	}

	/** Corrective experiences of the period. */
	public record Experiences(List<Experience> list, @Nullable Double averageDrop) {

		public Experiences {
			list = List.copyOf(list);
		}

		public static Experiences none() {
			return new Experiences(List.of(), null);
		}

	}

	/**
	 * One corrective experience: what was risked, what the client feared and how
	 * strongly, what actually happened and how strongly they believed the fear
	 * afterwards, and what they learned. The gap between the fear and what happened is
	 * the point of the log.
	 */
	public record Experience(LocalDate day, String risk, @Nullable String feared, int beliefBefore,
			@Nullable String whatHappened, int beliefAfter, @Nullable String learned) {

		@Override
		public String toString() {
			return "Experience[day=" + day + "]";
		}

	}

	/**
	 * Every fixed word of the document, already translated, so the renderer knows nothing
	 * of the translation provider.
	 */
	public record Labels(String title, String period, String generated, String practice, String clinician,
			String client, String homeworkHeading, String homeworkNone, String exercise, String plan, String practised,
			String distress, String distressChart, String before, String after, String diaryHeading, String diaryNone,
			String entries, String needs, String feelings, String behaviours, String feelingsChart,
			String flaggedHeading, String date, String situation, String experiencesHeading, String experiencesNone,
			String beliefChange, String risk, String beliefBefore, String beliefAfter, String learned,
			String beliefChart, String noteHeading, String noteNone, String goneThroughHeading, String nextHeading,
			String nextNone, String confidential, String pageOf, String feared, String whatHappened) {
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "SessionSummary[referenceCode=" + referenceCode + ", from=" + from + ", to=" + to + "]";
	}

}
