package dev.harbor.security.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.harbor.security.Enrolment;

/**
 * Setting an authenticator app up: scan the QR code (or type the key), then type the
 * first code the app shows. Works with any app that follows the standard (Google or
 * Microsoft Authenticator, 1Password, Aegis, FreeOTP and others).
 */
final class EnrolmentPanel extends Div {

	private final CodeEntry entry;

	EnrolmentPanel(Enrolment enrolment, Consumer<String> confirm) {
		addClassName("harbor-enrolment");
		Span secret = new Span(enrolment.secretText());
		secret.addClassNames("harbor-code", "harbor-two-step-secret");
		entry = new CodeEntry("twoStep.enrol.code", "twoStep.enrol.code.help", "twoStep.enrol.confirm", confirm);
		OrderedList steps = new OrderedList(new ListItem(getTranslation("twoStep.enrol.step.app")),
				new ListItem(getTranslation("twoStep.enrol.step.scan")),
				new ListItem(getTranslation("twoStep.enrol.step.code")));
		Div key = new Div(new Span(getTranslation("twoStep.enrol.key")), secret);
		key.addClassName("harbor-two-step-key");
		add(new Paragraph(getTranslation("twoStep.enrol.intro")), steps,
				QrImage.of(enrolment.keyUri(), getTranslation("twoStep.enrol.qr")), key, entry);
	}

	void refuse(String messageKey) {
		entry.refuse(messageKey);
	}

}
