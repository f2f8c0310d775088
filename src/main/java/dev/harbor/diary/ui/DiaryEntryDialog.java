package dev.harbor.diary.ui;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import dev.harbor.common.ui.Submit;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.NewDiaryEntry;
import org.jspecify.annotations.Nullable;

/**
 * Enters or corrects a trigger-diary entry for the clinician, on the same worksheet the
 * client keeps in the portal ({@link DiaryForm}).
 */
class DiaryEntryDialog extends Dialog {

	private final DiaryForm form;

	DiaryEntryDialog(@Nullable DiaryEntryView existing, Clock clock, Function<NewDiaryEntry, DiaryEntryView> save,
			Consumer<DiaryEntryView> saved) {
		setHeaderTitle(getTranslation(existing == null ? "diary.new.title" : "diary.correct.title"));
		form = new DiaryForm(clock, true);
		if (existing != null) {
			form.show(existing.entry());
		}
		add(form);
		Button saveButton = Submit.primary(getTranslation("action.save"), click -> save(save, saved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(52rem, 98vw)");
	}

	private void save(Function<NewDiaryEntry, DiaryEntryView> save, Consumer<DiaryEntryView> saved) {
		form.submit(save).ifPresent(result -> {
			close();
			saved.accept(result);
		});
	}

}
