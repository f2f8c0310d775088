package dev.harbor.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a one-time password once, for the admin to hand over; it is not stored in clear.
 */
final class OneTimePasswordDialog {

	private OneTimePasswordDialog() {
	}

	static void show(String password, Runnable afterClose) {
		UI ui = UI.getCurrentOrThrow();
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(ui.getTranslation("accounts.oneTime.title"));
		Span value = new Span(password);
		value.addClassNames("harbor-code", "harbor-one-time-password");
		dialog.add(new Paragraph(ui.getTranslation("accounts.oneTime.text")), value);
		Button done = new Button(ui.getTranslation("accounts.oneTime.done"), click -> dialog.close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(done);
		dialog.addOpenedChangeListener(change -> {
			if (!change.isOpened()) {
				afterClose.run();
			}
		});
		dialog.open();
	}

}
