package dev.harbor.homework.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.homework.BuiltInExercise;
import dev.harbor.homework.ExerciseCategory;
import dev.harbor.homework.ExerciseLibraryService;
import dev.harbor.homework.Rhythm;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The exercise library: browse by category, search, and preview exactly what a client
 * will read.
 */
@Route("library")
@RolesAllowed(Role.Names.CLINICIAN)
@Menu(order = 20, title = "nav.library", icon = "vaadin:book")
class ExerciseLibraryView extends VerticalLayout implements HasDynamicTitle {

	private final ExerciseLibraryService library;

	private final TextField search = new TextField();

	private final Select<ExerciseCategory> category = new Select<>();

	private final ListBox<BuiltInExercise> list = new ListBox<>();

	private final Div preview = new Div();

	ExerciseLibraryView(ExerciseLibraryService library) {
		this.library = library;
		addClassName("harbor-page");
		setSizeFull();
		Paragraph intro = new Paragraph(getTranslation("library.intro"));
		intro.addClassName("harbor-lead");
		configureFilters();
		list.setItemLabelGenerator(exercise -> getTranslation(exercise.nameKey()));
		list.addValueChangeListener(change -> showPreview(change.getValue()));
		list.setAriaLabel(getTranslation("library.list"));
		list.addClassName("harbor-library-list");
		preview.addClassNames("harbor-panel", "harbor-library-preview");
		Div columns = new Div(list, preview);
		columns.addClassName("harbor-library");
		Div filters = new Div(search, category);
		filters.addClassName("harbor-toolbar");
		add(intro, filters, columns);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("library.title");
	}

	private void configureFilters() {
		search.setPlaceholder(getTranslation("library.search"));
		search.setAriaLabel(getTranslation("library.search"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(change -> refresh());
		category.setLabel(getTranslation("library.category"));
		category.setItems(ExerciseCategory.values());
		category.setEmptySelectionAllowed(true);
		category.setEmptySelectionCaption(getTranslation("library.anyCategory"));
		category.setItemLabelGenerator(value -> value == null ? getTranslation("library.anyCategory")
				: getTranslation(value.translationKey()));
		category.addValueChangeListener(change -> refresh());
	}

	private void refresh() {
		List<BuiltInExercise> found = library.browse(category.getValue(), search.getValue(), getLocale());
		list.setItems(found);
		if (found.isEmpty()) {
			showPreview(null);
		}
		else {
			list.setValue(found.getFirst());
		}
	}

	/**
	 * What the client will read: purpose, numbered steps, how long and how often, what to
	 * note.
	 */
	private void showPreview(BuiltInExercise exercise) {
		preview.removeAll();
		if (exercise == null) {
			preview.add(new Paragraph(getTranslation("library.none")));
			return;
		}
		Span categoryLabel = new Span(getTranslation(exercise.category().translationKey()));
		categoryLabel.addClassName("harbor-code");
		OrderedList steps = new OrderedList();
		exercise.stepKeys().forEach(key -> steps.add(new ListItem(getTranslation(key))));
		UnorderedList record = new UnorderedList();
		exercise.recordKeys().forEach(key -> record.add(new ListItem(getTranslation(key))));
		preview.add(categoryLabel, new H2(getTranslation(exercise.nameKey())),
				new Paragraph(getTranslation(exercise.purposeKey())), steps,
				new Paragraph(getTranslation("library.how", exercise.startMinutes(), rhythm(exercise.rhythm()))),
				new H2(getTranslation("library.afterwards")), record);
	}

	private String rhythm(Rhythm rhythm) {
		return switch (rhythm) {
			case Rhythm.Daily daily -> getTranslation("rhythm.daily");
			case Rhythm.TimesPerWeek weekly -> getTranslation("rhythm.timesPerWeek", weekly.times());
			case Rhythm.OnWeekdays weekdays -> getTranslation("rhythm.onWeekdays", weekdays.days().size());
			case Rhythm.WhenTriggered triggered -> getTranslation("rhythm.whenTriggered");
		};
	}

}
