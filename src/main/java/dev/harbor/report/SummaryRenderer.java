package dev.harbor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SessionSummary} into PDF bytes. Pure: no Spring, no database, no Vaadin;
 * everything it prints is in the record. Charts are vector lines, distinguished by line
 * style as well as weight, so the pages read in black and white.
 */
final class SummaryRenderer {

	private static final float BODY = 10;

	private static final float SMALL = 9;

	private static final float CHART_HEIGHT = 150;

	private SummaryRenderer() {
	}

	static byte[] render(SessionSummary summary, Paper paper) {
		try (PdfCanvas pdf = new PdfCanvas(paper)) {
			SessionSummary.Labels words = summary.labels();
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(summary.locale());
			header(pdf, summary, dates);
			homework(pdf, summary, dates);
			diary(pdf, summary, dates);
			experiences(pdf, summary, dates);
			ladders(pdf, summary, dates);
			pdf.heading(words.noteHeading(), 13);
			pdf.paragraph(summary.sessionNote() == null || summary.sessionNote().isBlank() ? words.noteNone()
					: summary.sessionNote(), BODY, false);
			if (!summary.goneThrough().isEmpty()) {
				pdf.heading(words.goneThroughHeading(), 13);
				summary.goneThrough().forEach(item -> pdf.paragraph("\u2022 " + item, BODY, false));
			}
			pdf.heading(words.nextHeading(), 13);
			if (summary.nextHomework().isEmpty()) {
				pdf.paragraph(words.nextNone(), BODY, false);
			}
			summary.nextHomework().forEach(item -> pdf.paragraph("\u2022 " + item, BODY, false));
			return pdf.finish(words.confidential(), words.pageOf());
		}
	}

	private static void header(PdfCanvas pdf, SessionSummary summary, DateTimeFormatter dates) {
		SessionSummary.Labels words = summary.labels();
		pdf.paragraph(words.title(), 18, true);
		pdf.space(4);
		String client = summary.clientLabel().equals(summary.referenceCode()) ? summary.clientLabel()
				: summary.clientLabel() + " (" + summary.referenceCode() + ")";
		pdf.paragraph(words.client() + ": " + client, 11, true);
		pdf.paragraph(words.period() + ": " + dates.format(summary.from()) + " \u2013 " + dates.format(summary.to()),
				BODY, false);
		pdf.paragraph(words.clinician() + ": " + summary.clinicianName() + " \u00B7 " + words.practice() + ": "
				+ summary.practiceName(), BODY, false);
		// In the practice's time zone, named, so a printout says which clock it means.
		pdf.paragraph(words.generated() + ": "
				+ DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.withLocale(summary.locale())
					.format(summary.generatedAt())
				+ " " + zoneName(summary.generatedAt().getZone(), summary.locale()), SMALL, false);
	}

	private static void homework(PdfCanvas pdf, SessionSummary summary, DateTimeFormatter dates) {
		SessionSummary.Labels words = summary.labels();
		pdf.heading(words.homeworkHeading(), 13);
		if (summary.homework().isEmpty()) {
			pdf.paragraph(words.homeworkNone(), BODY, false);
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (SessionSummary.Homework line : summary.homework()) {
			rows.add(List.of(line.exercise(), line.plan(), line.practised(),
					decimal(line.averageBefore(), summary.locale()) + " \u2192 "
							+ decimal(line.averageAfter(), summary.locale())));
		}
		pdf.table(List.of(words.exercise(), words.plan(), words.practised(), words.distress()),
				new float[] { 0.26f, 0.26f, 0.28f, 0.2f }, rows, SMALL);
		if (!summary.distress().isEmpty()) {
			pdf.need(CHART_HEIGHT + 2 * SMALL);
			pdf.paragraph(words.distressChart(), SMALL, true);
			List<LocalDate> days = summary.distress().stream().map(SessionSummary.DistressWeek::monday).toList();
			lineChart(pdf, 10, days,
					List.of(new Line(words.before(),
							summary.distress().stream().map(SessionSummary.DistressWeek::before).toList()),
							new Line(words.after(),
									summary.distress().stream().map(SessionSummary.DistressWeek::after).toList())),
					dates);
		}
	}

	private static void diary(PdfCanvas pdf, SessionSummary summary, DateTimeFormatter dates) {
		SessionSummary.Labels words = summary.labels();
		SessionSummary.Diary diary = summary.diary();
		pdf.heading(words.diaryHeading(), 13);
		if (diary.entries() == 0) {
			pdf.paragraph(words.diaryNone(), BODY, false);
			return;
		}
		pdf.paragraph(words.entries() + ": " + diary.entries(), BODY, false);
		pdf.paragraph(words.needs() + ": " + String.join(", ", diary.topNeeds()), BODY, false);
		pdf.paragraph(words.feelings() + ": " + String.join(", ", diary.topFeelings()), BODY, false);
		pdf.paragraph(words.behaviours() + ": " + String.join(", ", diary.topBehaviours()), BODY, false);
		if (!diary.feelingsByWeek().isEmpty()) {
			pdf.space(4);
			pdf.need(CHART_HEIGHT + 2 * SMALL);
			pdf.paragraph(words.feelingsChart(), SMALL, true);
			List<LocalDate> days = diary.feelingsByWeek()
				.stream()
				.flatMap(series -> series.points().stream())
				.map(SessionSummary.Point::day)
				.distinct()
				.sorted()
				.toList();
			List<Line> lines = new ArrayList<>();
			for (int i = 0; i < diary.feelingsByWeek().size(); i++) {
				SessionSummary.Series series = diary.feelingsByWeek().get(i);
				List<Double> values = days.stream()
					.map(day -> series.points()
						.stream()
						.filter(point -> point.day().equals(day))
						.map(SessionSummary.Point::value)
						.findFirst()
						.orElse(Double.NaN))
					.toList();
				lines.add(new Line(series.name(), values));
			}
			lineChart(pdf, 100, days, lines, dates);
		}
		if (!diary.flagged().isEmpty()) {
			pdf.paragraph(words.flaggedHeading(), BODY, true);
			pdf.table(List.of(words.date(), words.situation()), new float[] { 0.2f, 0.8f },
					diary.flagged()
						.stream()
						.map(flagged -> List.of(dates.format(flagged.day()), flagged.situation()))
						.toList(),
					SMALL);
		}
	}

	private static void experiences(PdfCanvas pdf, SessionSummary summary, DateTimeFormatter dates) {
		SessionSummary.Labels words = summary.labels();
		SessionSummary.Experiences experiences = summary.experiences();
		pdf.heading(words.experiencesHeading(), 13);
		if (experiences.list().isEmpty()) {
			pdf.paragraph(words.experiencesNone(), BODY, false);
			return;
		}
		pdf.paragraph(words.entries() + ": " + experiences.list().size(), BODY, false);
		if (experiences.averageDrop() != null) {
			long drop = Math.round(experiences.averageDrop());
			pdf.paragraph(new MessageFormat(words.beliefChange(), summary.locale())
				.format(new Object[] { Long.signum(drop), Math.abs(drop) }), BODY, false);
		}
		List<LocalDate> days = experiences.list().stream().map(SessionSummary.Experience::day).toList();
		pdf.need(CHART_HEIGHT + 2 * SMALL);
		pdf.paragraph(words.beliefChart(), SMALL, true);
		lineChart(pdf, 100, days, List.of(
				new Line(words.beliefBefore(),
						experiences.list().stream().map(e -> (double) e.beliefBefore()).toList()),
				new Line(words.beliefAfter(), experiences.list().stream().map(e -> (double) e.beliefAfter()).toList())),
				dates);
		for (SessionSummary.Experience experience : experiences.list()) {
			experience(pdf, words, experience, dates);
		}
	}

	/**
	 * One experience as a short block, the fear first and then what happened, each in the
	 * client's words and wrapped: the gap between the two is what the log is for.
	 */
	private static void experience(PdfCanvas pdf, SessionSummary.Labels words, SessionSummary.Experience experience,
			DateTimeFormatter dates) {
		pdf.need(5 * SMALL * 1.4f);
		pdf.space(SMALL * 0.6f);
		pdf.paragraph(dates.format(experience.day()) + " \u00B7 " + experience.risk() + " \u00B7 "
				+ words.beliefBefore() + " " + experience.beliefBefore() + " % \u00B7 " + words.beliefAfter() + " "
				+ experience.beliefAfter() + " %", SMALL, true);
		pdf.paragraph(words.feared() + ": " + orEmpty(experience.feared()), SMALL, false);
		pdf.paragraph(words.whatHappened() + ": " + orEmpty(experience.whatHappened()), SMALL, false);
		if (experience.learned() != null && !experience.learned().isBlank()) {
			pdf.paragraph(words.learned() + ": " + experience.learned(), SMALL, false);
		}
	}

	/**
	 * Each ladder of the period: how often the feared outcome happened first (the
	 * learning is in that gap), then a row per attempt, the distress predicted, at the
	 * peak and at the end as a chart, and what happened in the client's words.
	 */
	private static void ladders(PdfCanvas pdf, SessionSummary summary, DateTimeFormatter dates) {
		SessionSummary.Ladders ladders = summary.ladders();
		if (ladders.list().isEmpty()) {
			return;
		}
		SessionSummary.LadderWords words = ladders.words();
		pdf.heading(ladders.heading(), 13);
		for (SessionSummary.Ladder ladder : ladders.list()) {
			pdf.need(4 * BODY * 1.4f);
			pdf.paragraph(ladder.title(), BODY + 1, true);
			if (!ladder.now().isEmpty()) {
				pdf.paragraph(ladder.now(), BODY, false);
			}
			pdf.paragraph(ladder.outcomes(), BODY, false);
			if (ladder.tries().isEmpty()) {
				continue;
			}
			ladder.fears().forEach(fear -> pdf.paragraph(fear, SMALL, false));
			pdf.space(4);
			pdf.table(words.columns(), new float[] { 0.2f, 0.15f, 0.3f, 0.35f }, ladder.rows(), SMALL);
			// One chart per step, in the order the steps were first tried.
			Map<String, List<SessionSummary.LadderTry>> bySteps = new LinkedHashMap<>();
			ladder.tries().forEach(one -> bySteps.computeIfAbsent(one.step(), step -> new ArrayList<>()).add(one));
			bySteps.forEach((step, tries) -> {
				pdf.need(CHART_HEIGHT + 2 * SMALL);
				pdf.paragraph(step + " \u00B7 " + words.chart(), SMALL, true);
				lineChart(pdf, 100, tries.stream().map(SessionSummary.LadderTry::day).toList(),
						List.of(new Line(words.predicted(),
								tries.stream().map(one -> (double) one.predicted()).toList()),
								new Line(words.peak(), tries.stream().map(one -> (double) one.peak()).toList()),
								new Line(words.end(), tries.stream().map(one -> (double) one.end()).toList())),
						dates);
			});
			for (SessionSummary.LadderTry one : ladder.tries()) {
				boolean said = one.whatHappened() != null || one.learned() != null;
				if (!said) {
					continue;
				}
				pdf.need(3 * SMALL * 1.4f);
				pdf.space(SMALL * 0.6f);
				pdf.paragraph(one.heading(), SMALL, true);
				if (one.whatHappened() != null) {
					pdf.paragraph(words.whatHappened() + ": " + one.whatHappened(), SMALL, false);
				}
				if (one.learned() != null) {
					pdf.paragraph(words.learned() + ": " + one.learned(), SMALL, false);
				}
			}
			pdf.space(6);
		}
	}

	/** One named series of a chart; NaN where a point is missing. */
	private record Line(String name, List<Double> values) {
	}

	/** Solid, dashed, dotted: series stay apart in black and white. */
	private static final float[][] DASHES = { {}, { 4, 2 }, { 1, 2 } };

	/**
	 * A line chart from 0 to max: grid lines, one polyline per series (solid or dashed,
	 * with round or square markers), a legend, and the first and last dates.
	 */
	private static void lineChart(PdfCanvas pdf, double max, List<LocalDate> days, List<Line> lines,
			DateTimeFormatter dates) {
		pdf.drawing(CHART_HEIGHT, (content, box) -> {
			try {
				float left = box[0] + 28;
				float top = box[1] - 18;
				float width = box[2] - 36;
				float height = box[3] - 40;
				content.setLineWidth(0.3f);
				for (int i = 0; i <= 2; i++) {
					float gridY = top - height + height * i / 2;
					content.moveTo(left, gridY);
					content.lineTo(left + width, gridY);
					content.stroke();
					String value = String.valueOf((int) (max * i / 2));
					pdf.label(value, left - 4 - pdf.textWidth(value, 7), gridY - 2, 7);
				}
				float legendX = left;
				for (int i = 0; i < lines.size(); i++) {
					Line line = lines.get(i);
					style(content, i);
					content.moveTo(legendX, top + 8);
					content.lineTo(legendX + 18, top + 8);
					content.stroke();
					pdf.label(line.name(), legendX + 22, top + 5, 8);
					legendX += 30 + pdf.textWidth(line.name(), 8);
					plot(content, line, i, days.size(), left, top, width, height, max);
				}
				content.setLineDashPattern(new float[0], 0);
				if (!days.isEmpty()) {
					pdf.label(dates.format(days.getFirst()), left, top - height - 12, 7);
				}
				if (days.size() > 1) {
					String last = dates.format(days.getLast());
					pdf.label(last, left + width - pdf.textWidth(last, 7), top - height - 12, 7);
				}
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
		});
	}

	private static void plot(PDPageContentStream content, Line line, int index, int count, float left, float top,
			float width, float height, double max) throws IOException {
		boolean started = false;
		for (int i = 0; i < line.values().size(); i++) {
			double value = line.values().get(i);
			if (Double.isNaN(value)) {
				continue;
			}
			float x = count == 1 ? left + width / 2 : left + width * i / (count - 1);
			float y = (float) (top - height + height * Math.min(value, max) / max);
			if (started) {
				content.lineTo(x, y);
			}
			else {
				content.moveTo(x, y);
				started = true;
			}
		}
		content.stroke();
		content.setLineDashPattern(new float[0], 0);
		for (int i = 0; i < line.values().size(); i++) {
			double value = line.values().get(i);
			if (!Double.isNaN(value)) {
				float x = count == 1 ? left + width / 2 : left + width * i / (count - 1);
				float y = (float) (top - height + height * Math.min(value, max) / max);
				if (index % 2 == 0) {
					content.addRect(x - 2, y - 2, 4, 4);
					content.fill();
				}
				else {
					content.addRect(x - 2, y - 2, 4, 4);
					content.stroke();
				}
			}
		}
		style(content, index);
	}

	private static void style(PDPageContentStream content, int index) throws IOException {
		content.setLineWidth(index == 0 ? 1.6f : 1.1f);
		content.setLineDashPattern(DASHES[index % DASHES.length], 0);
	}

	/** "CET", "EST", "UTC"; a bare offset reads as UTC+01:00 rather than a letter. */
	private static String zoneName(ZoneId zone, Locale locale) {
		if (zone instanceof ZoneOffset offset) {
			return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
		}
		return zone.getDisplayName(TextStyle.SHORT, locale);
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String decimal(Double value, Locale locale) {
		return value == null ? "\u2013" : String.format(locale, "%.1f", value);
	}

}
