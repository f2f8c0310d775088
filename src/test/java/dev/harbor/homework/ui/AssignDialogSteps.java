package dev.harbor.homework.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.harbor.homework.LibraryEntry;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** What a clinician does in the open assign dialog, for stories in any feature. */
public final class AssignDialogSteps {

	private AssignDialogSteps() {
	}

	/** Picks an exercise from the library list by the name the clinician reads. */
	public static void chooseExercise(String name) {
		@SuppressWarnings("unchecked")
		ComboBox<LibraryEntry> exercise = _get(ComboBox.class, spec -> spec.withLabel("Exercise"));
		_setValue(exercise,
				exercise.getListDataView()
					.getItems()
					.filter(entry -> entry.text().name().equals(name))
					.findFirst()
					.orElseThrow());
	}

}
