package dev.harbor.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.harbor.common.ui.Dates;
import dev.harbor.security.IssuedLink;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Shows a sign-in link once, for the admin to hand over (read out, or sent the practice's
 * usual careful way); only its hash is stored. The link lets the person choose their own
 * password, so the admin never knows one.
 */
final class SignInLinkDialog {

	private SignInLinkDialog() {
	}

	static void show(String introKey, String name, IssuedLink link, Runnable afterClose) {
		UI ui = UI.getCurrentOrThrow();
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(ui.getTranslation("accounts.link.title"));
		dialog.setWidth("min(36rem, 96vw)");
		TextField value = new TextField(ui.getTranslation("accounts.link.label"));
		value.setValue(address(link));
		value.setReadOnly(true);
		value.setWidthFull();
		value.addClassName("harbor-sign-in-link");
		value.addFocusListener(focus -> value.getElement().executeJs("this.inputElement.select()"));
		dialog.add(new Paragraph(ui.getTranslation(introKey, name)), value,
				new Paragraph(ui.getTranslation("accounts.link.expires", Dates.shortDateTime(link.expiresAt()))));
		Button done = new Button(ui.getTranslation("accounts.link.done"), click -> dialog.close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(done);
		dialog.addOpenedChangeListener(change -> {
			if (!change.isOpened()) {
				afterClose.run();
			}
		});
		dialog.open();
	}

	/**
	 * The link under the address this page was opened at (behind a proxy, its public
	 * one).
	 */
	static String address(IssuedLink link) {
		return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
			.path("/" + IssuedLink.ROUTE + "/" + link.token())
			.build()
			.toUriString();
	}

}
