package dev.harbor.homework.ui;

import java.time.Clock;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.client.ClientService;
import dev.harbor.common.ui.Notifications;
import dev.harbor.homework.ExerciseCategory;
import dev.harbor.homework.ExerciseLibraryService;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.LibraryEntry;
import dev.harbor.homework.TemplateRef;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The exercise library: browse by category, search, preview exactly what a client will
 * read, and assign it. Built-ins are read-only; copy one to adapt it, or write your own,
 * and share it with the practice when it is ready.
 */
@Route("library")
@RolesAllowed(Role.Names.CLINICIAN)
@Menu(order = 20, title = "nav.library", icon = "vaadin:book")
class ExerciseLibraryView extends VerticalLayout implements HasDynamicTitle {

	private final ExerciseLibraryService library;

	private final HomeworkService homework;

	private final ClientService clients;

	private final Clock clock;

	private final TextField search = new TextField();

	private final Select<ExerciseCategory> category = new Select<>();

	private final ListBox<LibraryEntry> list = new ListBox<>();

	private final Div preview = new Div();

	ExerciseLibraryView(ExerciseLibraryService library, HomeworkService homework, ClientService clients, Clock clock) {
		this.library = library;
		this.homework = homework;
		this.clients = clients;
		this.clock = clock;
		addClassName("harbor-page");
		setSizeFull();
		Paragraph intro = new Paragraph(getTranslation("library.intro"));
		intro.addClassName("harbor-lead");
		configureFilters();
		list.setRenderer(new ComponentRenderer<>(this::listLabel));
		list.addValueChangeListener(change -> showPreview(change.getValue()));
		list.setAriaLabel(getTranslation("library.list"));
		list.addClassName("harbor-library-list");
		preview.addClassNames("harbor-panel", "harbor-library-preview");
		Div columns = new Div(list, preview);
		columns.addClassName("harbor-library");
		Button write = new Button(getTranslation("library.write"), VaadinIcon.PLUS.create(), click -> write());
		Div filters = new Div(search, category, write);
		filters.addClassName("harbor-toolbar");
		add(intro, filters, columns);
		refresh(null);
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
		search.addValueChangeListener(change -> refresh(null));
		category.setLabel(getTranslation("library.category"));
		category.setItems(ExerciseCategory.values());
		category.setEmptySelectionAllowed(true);
		category.setEmptySelectionCaption(getTranslation("library.anyCategory"));
		category.setItemLabelGenerator(value -> value == null ? getTranslation("library.anyCategory")
				: getTranslation(value.translationKey()));
		category.addValueChangeListener(change -> refresh(null));
	}

	private Component listLabel(LibraryEntry entry) {
		Div label = new Div(new Span(entry.text().name()));
		if (entry.origin() != LibraryEntry.Origin.BUILT_IN) {
			Span origin = new Span(origin(entry));
			origin.addClassName("harbor-code");
			label.add(origin);
		}
		label.addClassName("harbor-library-item");
		return label;
	}

	private String origin(LibraryEntry entry) {
		return switch (entry.origin()) {
			case BUILT_IN -> getTranslation("library.origin.builtIn");
			case MINE -> getTranslation(entry.shared() ? "library.origin.mineShared" : "library.origin.mine");
			case COLLEAGUE -> getTranslation("library.origin.colleague", Objects.toString(entry.ownerName(), ""));
		};
	}

	/**
	 * Shows the list again, keeping (or moving to) the given exercise when it is there.
	 */
	private void refresh(@Nullable TemplateRef select) {
		List<LibraryEntry> found = library.browse(category.getValue(), search.getValue(), getLocale());
		list.setItems(found);
		if (found.isEmpty()) {
			showPreview(null);
			return;
		}
		list.setValue(found.stream().filter(entry -> entry.ref().equals(select)).findFirst().orElse(found.getFirst()));
	}

	private void showPreview(@Nullable LibraryEntry entry) {
		preview.removeAll();
		if (entry == null) {
			preview.add(new Paragraph(getTranslation("library.none")));
			return;
		}
		preview.add(actions(entry), new ExercisePreview(entry.text(), true));
		if (entry.origin() != LibraryEntry.Origin.BUILT_IN) {
			Paragraph origin = new Paragraph(origin(entry));
			origin.addClassName("harbor-muted");
			preview.add(origin);
		}
	}

	private Component actions(LibraryEntry entry) {
		Button assign = new Button(getTranslation("library.assign"),
				click -> new AssignDialog(homework, library, clients, clock, entry, null, null, id -> {
				}).open());
		assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div actions = new Div(assign, new Button(getTranslation("library.copy"), click -> copy(entry)));
		if (entry.isEditable()) {
			actions.add(new Button(getTranslation("action.edit"), click -> edit(entry)),
					new Button(getTranslation(entry.shared() ? "library.unshare" : "library.share"),
							click -> share(entry)),
					new Button(getTranslation("library.archive"), click -> archive(entry)));
		}
		actions.addClassName("harbor-actions");
		return actions;
	}

	private void copy(LibraryEntry entry) {
		LibraryEntry copy = library.copyExercise(entry.ref(), getLocale());
		Notifications.success("library.copied");
		refresh(copy.ref());
		edit(copy);
	}

	private void write() {
		new ExerciseEditorDialog(null, text -> {
			LibraryEntry written = library.writeExercise(text);
			Notifications.success("library.saved");
			refresh(written.ref());
			return written;
		}).open();
	}

	private void edit(LibraryEntry entry) {
		long id = ((TemplateRef.Own) entry.ref()).templateId();
		new ExerciseEditorDialog(entry.text(), text -> {
			LibraryEntry rewritten = library.rewriteExercise(id, entry.version(), text);
			Notifications.success("library.saved");
			refresh(rewritten.ref());
			return rewritten;
		}).open();
	}

	private void share(LibraryEntry entry) {
		change(() -> library.shareExercise(((TemplateRef.Own) entry.ref()).templateId(), entry.version(),
				!entry.shared()), entry.ref(), entry.shared() ? "library.unshared" : "library.shared");
	}

	private void archive(LibraryEntry entry) {
		change(() -> {
			library.archiveExercise(((TemplateRef.Own) entry.ref()).templateId(), entry.version());
			return entry;
		}, null, "library.archived");
	}

	private void change(Supplier<LibraryEntry> change, @Nullable TemplateRef select, String doneKey) {
		try {
			change.get();
			Notifications.success(doneKey);
		}
		catch (OptimisticLockingFailureException | HomeworkNotFoundException stale) {
			Notifications.problem("library.conflict");
		}
		refresh(select);
	}

}
