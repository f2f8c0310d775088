package dev.harbor.homework.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.homework.LibraryEntry;
import dev.harbor.homework.TemplateRef;
import dev.harbor.homework.ExerciseCategory;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ExerciseLibraryViewTest extends KaribuTest {

	@Test
	void a_clinician_finds_paced_breathing_by_searching_and_previews_what_the_client_reads() {
		signInAndOpen(accounts.clinician("Maya Okafor"), "library");
		assertThat(items()).hasSize(24);

		_setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search the library")), "breathe in");

		assertThat(items()).extracting(LibraryEntry::ref).containsExactly(new TemplateRef.BuiltIn("paced_breathing"));
		assertThat(_find(H2.class)).extracting(H2::getText).contains("Paced breathing", "Afterwards, note down");
		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.contains("Breathe out slowly while counting to 6. The out-breath is longer than the in-breath.",
					"How many rounds you did");
	}

	@Test
	void the_library_narrows_by_category() {
		signInAndOpen(accounts.clinician("Maya Okafor"), "library");

		@SuppressWarnings("unchecked")
		Select<ExerciseCategory> category = _get(Select.class, spec -> spec.withLabel("Category"));
		_setValue(category, ExerciseCategory.REPAIRING);

		assertThat(items()).extracting(LibraryEntry::ref)
			.containsExactly(new TemplateRef.BuiltIn("repair_conversation"), new TemplateRef.BuiltIn("making_amends"));
	}

	@Test
	void an_admin_does_not_get_the_clinical_library() {
		signInAndOpen(accounts.admin("Practice Office"), "library");

		assertThat(_find(ExerciseLibraryView.class)).isEmpty();
		assertThat(_get(H1.class).getText()).isEqualTo("Nothing here");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.containsExactly("This page doesn't exist, or it isn't available to your account.");
		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Exercise library");
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<LibraryEntry> items() {
		return ((ListBox<LibraryEntry>) _get(ListBox.class)).getListDataView().getItems().toList();
	}

}
