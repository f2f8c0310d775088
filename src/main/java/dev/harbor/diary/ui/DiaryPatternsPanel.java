package dev.harbor.diary.ui;

import dev.harbor.common.ui.DateField;
import dev.harbor.common.ui.ScrollRegion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.common.ui.Dates;
import dev.harbor.diary.DiaryPatterns;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Need;
import dev.harbor.diary.Tally;

/**
 * The diary's patterns for a chosen period: which needs come up in which relationships (a
 * table shaded by count), feelings over time, and the most frequent thinking traps and
 * behaviours. All counted in SQL.
 */
class DiaryPatternsPanel extends Section {

	/** The period shown first: the last twelve weeks. */
	static final int DEFAULT_WEEKS = 12;

	private final DiaryService diary;

	private final long clientId;

	private final DatePicker from = new DateField();

	private final DatePicker to = new DateField();

	private final Div content = new Div();

	DiaryPatternsPanel(DiaryService diary, long clientId, Clock clock) {
		this.diary = diary;
		this.clientId = clientId;
		addClassNames("harbor-panel", "harbor-patterns");
		LocalDate today = Dates.today(clock);
		from.setLabel(getTranslation("patterns.from"));
		to.setLabel(getTranslation("patterns.to"));
		from.setValue(today.minusWeeks(DEFAULT_WEEKS));
		to.setValue(today);
		from.addValueChangeListener(change -> refresh());
		to.addValueChangeListener(change -> refresh());
		Div period = new Div(from, to);
		period.addClassName("harbor-toolbar");
		add(new H2(getTranslation("diary.patterns.title")), period, content);
		refresh();
	}

	private void refresh() {
		content.removeAll();
		if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
			content.add(new Paragraph(getTranslation("patterns.period.invalid")));
			return;
		}
		DiaryPatterns patterns = diary.patterns(clientId, from.getValue(), to.getValue());
		if (patterns.entries() == 0) {
			content.add(new Paragraph(getTranslation("diary.patterns.none")));
			return;
		}
		content.add(new Paragraph(getTranslation("diary.patterns.entries", patterns.entries())),
				new H3(getTranslation("diary.patterns.needs")),
				ScrollRegion.around(needsTable(patterns), getTranslation("diary.patterns.needs")),
				new H3(getTranslation("diary.patterns.feelings")),
				ScrollRegion.around(
						new FeelingsChart(patterns.feelingsByWeek(),
								patterns.feelings().stream().limit(FeelingsChart.SHOWN).map(Tally::item).toList()),
						getTranslation("diary.patterns.feelings")),
				tallies("diary.patterns.traps", patterns.traps()),
				tallies("diary.patterns.behaviours", patterns.behaviours()));
	}

	/** Needs down, relationships across; darker cells came up more often. */
	private Component needsTable(DiaryPatterns patterns) {
		NativeTable table = new NativeTable();
		table.addClassName("harbor-heat");
		table.setCaptionText(getTranslation("diary.patterns.needs.caption"));
		NativeTableRow head = table.getHead().addRow();
		head.addHeaderCell().setText(getTranslation("diary.field.needs"));
		for (DiaryRelationship relationship : DiaryRelationship.values()) {
			head.addHeaderCell().setText(DiaryWords.label(relationship));
		}
		int most = patterns.needsByRelationship()
			.values()
			.stream()
			.flatMap(row -> row.values().stream())
			.mapToInt(Integer::intValue)
			.max()
			.orElse(1);
		for (Need need : Need.values()) {
			NativeTableRow row = table.getBody().addRow();
			row.addHeaderCell().setText(DiaryWords.label(need));
			for (DiaryRelationship relationship : DiaryRelationship.values()) {
				int count = patterns.needCount(need, relationship);
				NativeTableCell cell = row.addDataCell();
				cell.setText(count == 0 ? "" : String.valueOf(count));
				cell.addClassName("harbor-heat-" + (count == 0 ? 0 : 1 + (3 * count - 1) / Math.max(1, most)));
			}
		}
		return table;
	}

	private <T extends Translatable> Component tallies(String headingKey, List<Tally<T>> tallies) {
		OrderedList list = new OrderedList();
		tallies.stream()
			.limit(5)
			.forEach(tally -> list
				.add(new ListItem(getTranslation("patterns.tally", DiaryWords.label(tally.item()), tally.count()))));
		Div block = new Div(new H3(getTranslation(headingKey)),
				tallies.isEmpty() ? new Paragraph(getTranslation("patterns.tally.none")) : list);
		block.addClassName("harbor-tally");
		return block;
	}

}
