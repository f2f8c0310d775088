package dev.harbor.portal.ui;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.PrivateDownload;
import dev.harbor.common.ui.Submit;
import dev.harbor.portal.Invitation;
import dev.harbor.portal.PortalAccessService;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;
import dev.harbor.security.PortalState;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The client's portal as their clinician manages it: where it stands (not invited,
 * invited until when, joined and last active), a new invitation in one click (the one
 * before stops working) as a link to copy, a letter to print and hand over, and an e-mail
 * where the practice has mail; and ending access at once.
 */
class PortalTab extends Div {

	private final long clientId;

	private final PortalAccessService portal;

	private final ReportService reports;

	private final Div state = new Div();

	private final Div issued = new Div();

	private final EmailField email = new EmailField();

	private final Checkbox byMail = new Checkbox();

	PortalTab(long clientId, PortalAccessService portal, ReportService reports) {
		this.clientId = clientId;
		this.portal = portal;
		this.reports = reports;
		addClassNames("harbor-panel", "harbor-portal-tab");
		email.setLabel(getTranslation("portal.tab.email"));
		email.setHelperText(getTranslation("portal.tab.email.help"));
		email.setMaxLength(254);
		email.setWidthFull();
		byMail.setLabel(getTranslation("portal.tab.byMail"));
		byMail.setVisible(portal.mailConfigured());
		byMail.setValue(portal.mailConfigured());
		issued.addClassName("harbor-portal-issued");
		add(new H2(getTranslation("portal.tab.title")), new Paragraph(getTranslation("portal.tab.intro")), state,
				issued);
		show(portal.portalState(clientId));
	}

	private void show(PortalState now) {
		state.removeAll();
		Paragraph where = new Paragraph(switch (now.stage()) {
			case NOT_INVITED -> getTranslation("portal.tab.notInvited");
			case INVITED -> getTranslation("portal.tab.invited", Dates.shortDateTime(now.invitedUntil()));
			case JOINED ->
				now.lastActiveAt() == null ? getTranslation("portal.tab.joined", Dates.shortDate(now.joinedAt()))
						: getTranslation("portal.tab.joinedActive", Dates.shortDate(now.joinedAt()),
								Dates.shortDateTime(now.lastActiveAt()));
			case ENDED -> getTranslation("portal.tab.ended");
		});
		where.addClassName("harbor-portal-state");
		state.add(where);
		if (now.email() != null && email.isEmpty()) {
			email.setValue(now.email());
		}
		Div actions = new Div();
		actions.addClassName("harbor-actions");
		if (now.stage() != PortalState.Stage.JOINED) {
			Button invite = Submit.primary(
					getTranslation(
							now.stage() == PortalState.Stage.NOT_INVITED ? "portal.tab.invite" : "portal.tab.reinvite"),
					click -> invite());
			state.add(email, byMail);
			actions.add(invite);
		}
		if (now.stage() == PortalState.Stage.INVITED || now.stage() == PortalState.Stage.JOINED) {
			Button end = new Button(getTranslation("portal.tab.end"), click -> confirmEnd());
			end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			actions.add(end);
		}
		state.add(actions);
	}

	private void invite() {
		try {
			Invitation invitation = portal.invite(clientId, email.getValue(), here(), byMail.getValue());
			email.setInvalid(false);
			showIssued(invitation);
			show(portal.portalState(clientId));
		}
		catch (InvalidInputException refused) {
			email.setErrorMessage(getTranslation(refused.messageKey()));
			email.setInvalid(true);
		}
	}

	private void showIssued(Invitation invitation) {
		issued.removeAll();
		TextField link = new TextField(getTranslation("portal.tab.link"));
		link.setValue(invitation.link());
		link.setReadOnly(true);
		link.setWidthFull();
		link.addClassName("harbor-invitation-link");
		link.addFocusListener(focus -> link.getElement().executeJs("this.inputElement.select()"));
		AtomicReference<Invitation> ready = new AtomicReference<>(invitation);
		Anchor letter = new Anchor((DownloadEvent event) -> sendLetter(event, ready.get()),
				getTranslation("portal.tab.letter"));
		letter.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		letter.addClassName("harbor-export");
		letter.getElement().setAttribute("download", true);
		String mailed = switch (invitation.mail()) {
			case SENT -> getTranslation("portal.tab.mailSent");
			case FAILED -> getTranslation("portal.tab.mailFailed");
			case NOT_SENT -> "";
		};
		issued.add(new Paragraph(getTranslation("portal.tab.issued", Dates.shortDateTime(invitation.expiresAt()))),
				link, letter);
		if (!mailed.isEmpty()) {
			issued.add(new Paragraph(mailed));
		}
	}

	private void sendLetter(DownloadEvent event, Invitation invitation) throws IOException {
		SummaryFile file = reports.invitationLetter(clientId, invitation.token(), invitation.link());
		PrivateDownload.sendPdf(event, file.fileName(), file.content());
	}

	private void confirmEnd() {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(getTranslation("portal.tab.end.title"));
		confirm.setText(getTranslation("portal.tab.end.text"));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("action.cancel"));
		confirm.setConfirmText(getTranslation("portal.tab.end.confirm"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(yes -> {
			issued.removeAll();
			show(portal.endAccess(clientId));
			Notifications.success("portal.tab.end.done");
		});
		confirm.open();
	}

	/** The address this page was opened at, for the link when the practice set none. */
	private static String here() {
		return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
			.build()
			.toUriString();
	}

}
