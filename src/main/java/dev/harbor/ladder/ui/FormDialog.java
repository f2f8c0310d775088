package dev.harbor.ladder.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.common.ui.Submit;

/**
 * A ladder form in a dialog: Save checks it, sends it through the service and closes only
 * when it was saved; a refusal stays beside its field.
 *
 * @param <R> what the form fills in
 * @param <V> what the service answers
 */
class FormDialog<R extends Record, V> extends Dialog {

	FormDialog(String titleKey, EntryForm<R> form, Function<R, V> save, Consumer<V> saved) {
		setHeaderTitle(getTranslation(titleKey));
		add(form);
		Button saveButton = Submit.primary(getTranslation("action.save"),
				click -> form.submit(save).ifPresent(result -> {
					close();
					saved.accept(result);
				}));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(48rem, 98vw)");
	}

}
