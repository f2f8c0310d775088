package dev.harbor.common.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * Buttons that save or change something take one click at a time: the browser disables
 * the button the moment it is clicked, so a double click or an impatient second click
 * sends nothing more, and the button comes back once the server has answered (a dialog
 * that stays open after a refusal can be saved again).
 */
public final class Submit {

	private Submit() {
	}

	/** A primary button that runs its action once per click. */
	public static Button primary(String text, ComponentEventListener<ClickEvent<Button>> action) {
		Button button = once(new Button(text, action));
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return button;
	}

	/** Makes an existing button take one click at a time. */
	public static Button once(Button button) {
		button.setDisableOnClick(true);
		// Registered after the button's own listeners, so it runs when they are done.
		button.addClickListener(click -> button.setEnabled(true));
		return button;
	}

}
