package dev.harbor.portal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientContact;
import dev.harbor.client.ClientDischargedEvent;
import dev.harbor.client.ClientService;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.security.ClientAccess;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.IssuedLink;
import dev.harbor.security.PortalProperties;
import dev.harbor.security.PortalState;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of a client's portal access: where it stands, a new invitation
 * (which voids the one before, and goes by e-mail when the practice has mail), and ending
 * it. Discharging a client ends it too, in the same transaction. Method security, then
 * the client's place on my caseload, then the work and its audit event.
 */
@Service
public class PortalAccessService {

	private static final Logger LOG = LoggerFactory.getLogger(PortalAccessService.class);

	private final ClientService clients;

	private final ClientAccess access;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final ObjectProvider<JavaMailSender> mail;

	private final PortalProperties properties;

	private final HarborI18nProvider words;

	private final String practiceName;

	private final Clock clock;

	PortalAccessService(ClientService clients, ClientAccess access, CurrentUser currentUser, AuditService audit,
			ObjectProvider<JavaMailSender> mail, PortalProperties properties, HarborI18nProvider words,
			@Value("${harbor.practice.name:Harbor}") String practiceName, Clock clock) {
		this.clients = clients;
		this.access = access;
		this.currentUser = currentUser;
		this.audit = audit;
		this.mail = mail;
		this.properties = properties;
		this.words = words;
		this.practiceName = practiceName;
		this.clock = clock;
	}

	/** Not invited, invited (until when), joined (and last active), or ended. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public PortalState portalState(long clientId) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.ACCOUNT, null, clientId, "portal access viewed");
		return access.state(clientId);
	}

	/** Whether invitations can go by e-mail: the practice set up mail and a sender. */
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The practice's mail setting; names no client")
	public boolean mailConfigured() {
		return properties.mailFrom() != null && mail.getIfAvailable() != null;
	}

	/**
	 * A new invitation for the client at this address (their record's, usually); the one
	 * before stops working. With {@code byMail} and mail configured, it goes by e-mail
	 * too, in the client's language: the link and its end date, no clinical word.
	 * @param linkBase the address Harbor is reached at, used when the practice set none
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public Invitation invite(long clientId, @Nullable String email, String linkBase, boolean byMail) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.CREATE);
		if (client.discharged()) {
			throw new InvalidInputException("email", "invitation.rule.discharged");
		}
		if (email == null || email.isBlank()) {
			throw new InvalidInputException("email", "invitation.rule.emailRequired");
		}
		IssuedLink issued = access.invite(clientId, email.strip(), client.displayName(),
				currentUser.require().accountId());
		String base = properties.publicUrl() != null ? properties.publicUrl() : linkBase.replaceAll("/+$", "");
		String link = base + "/" + dev.harbor.security.InvitationRedemption.ROUTE + "/" + issued.token();
		Invitation.Mail sent = Invitation.Mail.NOT_SENT;
		if (byMail && mailConfigured()) {
			// In the client's language, whatever the clinician works in.
			sent = send(email.strip(), link, issued, client.language().locale());
		}
		audit.record(AuditAction.CREATE, AuditSubject.ACCOUNT, null, clientId,
				"portal invitation made" + (sent == Invitation.Mail.SENT ? ", sent by e-mail"
						: sent == Invitation.Mail.FAILED ? ", e-mail failed" : ""));
		return new Invitation(issued.token(), link, issued.expiresAt(), sent);
	}

	/**
	 * Ends the client's portal access at once: invitations stop working, the account is
	 * switched off and any open session ends. Entries they wrote stay.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public PortalState endAccess(long clientId) {
		clients.requireMine(clientId, AuditAction.CHANGE);
		boolean ended = access.endAccess(clientId);
		audit.record(AuditAction.CHANGE, AuditSubject.ACCOUNT, null, clientId,
				ended ? "portal access ended" : "portal access end asked, nothing open");
		return access.state(clientId);
	}

	/** Discharge ends portal access, inside the discharge's own transaction. */
	@EventListener
	void onDischarge(ClientDischargedEvent event) {
		if (access.endAccess(event.clientId())) {
			audit.record(AuditAction.CHANGE, AuditSubject.ACCOUNT, null, event.clientId(),
					"portal access ended with discharge");
		}
	}

	private Invitation.Mail send(String to, String link, IssuedLink issued, Locale locale) {
		String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(issued.expiresAt().atZone(clock.getZone()).toLocalDate());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(to);
		message.setSubject(words.getTranslation("portal.mail.subject", locale, practiceName));
		message.setText(words.getTranslation("portal.mail.body", locale, practiceName, link, until));
		try {
			mail.getObject().send(message);
			return Invitation.Mail.SENT;
		}
		catch (MailException failed) {
			// The reason only: the address and the link stay out of the log.
			LOG.warn("A portal invitation e-mail could not be sent: {}", failed.getClass().getSimpleName());
			return Invitation.Mail.FAILED;
		}
	}

}
