package dev.harbor.security.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.Submit;

/**
 * A field for a code from the authenticator app (or a recovery code, where one is
 * allowed) and its button. Phones offer the code from a text message or the app's
 * autofill because the field says it is a one-time code.
 */
final class CodeEntry extends Div {

	/** Six digits, or a recovery code of ten letters and numbers with a dash. */
	static final int LONGEST = 16;

	private final TextField code = new TextField();

	private final RecordBinder<TypedCode> binder = new RecordBinder<>(TypedCode.class);

	CodeEntry(String labelKey, String helperKey, String buttonKey, Consumer<String> submit) {
		addClassName("harbor-code-entry");
		code.setLabel(getTranslation(labelKey));
		code.setHelperText(getTranslation(helperKey));
		code.setMaxLength(LONGEST);
		code.setWidthFull();
		code.addClassName("harbor-code-field");
		code.getElement().setAttribute("autocomplete", "one-time-code");
		code.getElement().setAttribute("autocapitalize", "off");
		code.getElement().setAttribute("spellcheck", "false");
		binder.text(code, "code", typed -> typed == null || typed.isBlank() ? "twoStep.rule.code.required" : null);
		Button go = Submit.primary(getTranslation(buttonKey),
				click -> binder.record().ifPresent(typed -> submit.accept(typed.code())));
		go.addClickShortcut(Key.ENTER);
		add(code, go);
	}

	/**
	 * Says beside the field why the code did not work, and empties it for the next one.
	 */
	void refuse(String messageKey) {
		binder.show("code", messageKey);
		code.focus();
	}

	TextField field() {
		return code;
	}

	/** What the person typed. */
	public record TypedCode(String code) {

		@Override
		public String toString() {
			return "TypedCode";
		}

	}

}
