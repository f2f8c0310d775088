package dev.harbor.common.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import dev.harbor.common.LogSafety;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's stack-trace page during navigation. The user sees a calm message and
 * a reference; the log gets the same reference with the exception, so support can find
 * it.
 */
@PermitAll
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasOwnHeading {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

	private final Paragraph reference = new Paragraph();

	public UnexpectedErrorView() {
		addClassName("harbor-message-page");
		add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")),
				reference, new Anchor("", getTranslation("error.backHome")));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error while opening a page, reference {}", id,
				LogSafety.forLog(parameter.getCaughtException()));
		reference.setText(getTranslation("error.reference", id));
		return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
	}

}
