package dev.harbor.portal;

import java.io.IOException;
import java.util.Map;
import java.time.LocalDate;
import dev.harbor.common.i18n.Language;
import dev.harbor.client.ProfileChanges;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.client.TestClients;
import dev.harbor.common.InvalidInputException;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;
import dev.harbor.security.HarborUser;
import dev.harbor.security.InvitationRedemption;
import dev.harbor.security.InvitationState;
import dev.harbor.security.PortalState;
import dev.harbor.security.StepResult;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inviting a client: the rules of an invitation, the letter (its QR code read back the
 * way a phone would), and the e-mail, received by a real SMTP server inside the test.
 */
@HarborSpringTest
class InvitationsTest {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	PortalAccessService portal;

	@Autowired
	InvitationRedemption invitations;

	@Autowired
	ReportService reports;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void the_invitation_arrives_by_mail_with_its_link_and_no_clinical_word() throws Exception {
		Invitation invitation = portal.invite(noor, "noor@example.org", "http://ignored", true);

		assertThat(invitation.mail()).isEqualTo(Invitation.Mail.SENT);
		assertThat(invitation.link()).startsWith("https://harbor.example.org/invitation/");
		assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = MAIL.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("noor@example.org");
		assertThat(message.getFrom()[0].toString()).isEqualTo("practice@example.org");
		// The practice's name (here the default, Harbor) signs the mail, without saying
		// "Harbor" twice in a row.
		assertThat(message.getSubject()).isEqualTo("Your invitation from Harbor");
		String body = GreenMailUtil.getBody(message);
		assertThat(body).contains(invitation.link()).doesNotContain("Noor").doesNotContain("diary");
		assertThat(body).contains("Your clinician has invited you", "With warm wishes,");
		assertThat(body.strip()).endsWith("Harbor");
		assertThat(database.count("portal_invitation")).isOne();
		assertThat(database.jdbc().queryForObject("select token_hash from portal_invitation", String.class))
			.isNotEqualTo(invitation.token());
	}

	@Test
	void a_client_who_reads_dutch_gets_the_mail_and_the_letter_in_dutch_whatever_the_clinician_works_in()
			throws Exception {
		clients.updateProfile(noor, 0,
				new ProfileChanges("Noor Haddad", null, null, null, LocalDate.of(2026, 9, 1), Language.DUTCH));
		Invitation invitation = portal.invite(noor, "noor@example.org", "http://ignored", true);

		assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = MAIL.getReceivedMessages()[0];
		assertThat(message.getSubject()).isEqualTo("Je uitnodiging van Harbor");
		assertThat(GreenMailUtil.getBody(message)).contains("Je behandelaar heeft je uitgenodigd", "Hartelijke groet,",
				invitation.link());
		try (PDDocument letter = Loader
			.loadPDF(reports.invitationLetter(noor, invitation.token(), invitation.link()).content())) {
			assertThat(new PDFTextStripper().getText(letter)).contains("Beste Noor Haddad,", "Je uitnodiging")
				.doesNotContain("Dear");
		}
	}

	@Test
	void the_letter_names_the_client_and_its_qr_code_reads_back_as_the_link() throws Exception {
		Invitation invitation = portal.invite(noor, "noor@example.org", "http://ignored", false);

		SummaryFile letter = reports.invitationLetter(noor, invitation.token(), invitation.link());

		try (PDDocument pdf = Loader.loadPDF(letter.content())) {
			assertThat(pdf.getNumberOfPages()).isOne();
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Dear Noor Haddad,", "Your invitation", "emergency");
			assertThat(readQrCode(pdf)).isEqualTo(invitation.link());
		}
	}

	@Test
	void a_new_invitation_voids_the_old_one_and_a_used_or_expired_one_opens_nothing() {
		Invitation first = portal.invite(noor, "noor@example.org", "http://localhost", false);
		Invitation second = portal.invite(noor, "noor@example.org", "http://localhost", false);
		TestAccounts.signOut();
		TestAccounts.signInAsVisitor();

		assertThat(invitations.open(first.token()).state()).isEqualTo(InvitationState.VOIDED);
		assertThat(invitations.open("not-a-token").state()).isEqualTo(InvitationState.UNKNOWN);
		StepResult voided = invitations.redeem(first.token(), "noor@example.org", "a calm harbour at night");
		assertThat(voided.problem()).isEqualTo("invitation.rule.closed");

		assertThat(invitations.redeem(second.token(), "other@example.org", "a calm harbour at night").problem())
			.isEqualTo("invitation.rule.otherAddress");
		assertThatThrownBy(() -> invitations.redeem(second.token(), "noor@example.org", "short"))
			.isInstanceOf(InvalidInputException.class);
		StepResult joined = invitations.redeem(second.token(), "Noor@Example.org", "a calm harbour at night");
		assertThat(joined.worked()).isTrue();
		assertThat(invitations.redeem(second.token(), "noor@example.org", "a calm harbour at night").problem())
			.isEqualTo("invitation.rule.closed");

		TestAccounts.signIn(maya);
		PortalState state = portal.portalState(noor);
		assertThat(state.stage()).isEqualTo(PortalState.Stage.JOINED);

		long sam = TestClients.aClientOf(clients, maya, "Sam Lee");
		TestAccounts.signIn(maya);
		Invitation late = portal.invite(sam, "sam@example.org", "http://localhost", false);
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		assertThat(invitations.open(late.token()).state()).isEqualTo(InvitationState.EXPIRED);
	}

	@Test
	void a_discharged_client_cannot_be_invited_and_discharge_ends_an_open_invitation() {
		Invitation open = portal.invite(noor, "noor@example.org", "http://localhost", false);

		clients.changeStatus(noor, clients.openClient(noor).version(), ClientStatus.DISCHARGED);

		assertThat(invitations.open(open.token()).state()).isNotEqualTo(InvitationState.OPEN);
		assertThatThrownBy(() -> portal.invite(noor, "noor@example.org", "http://localhost", false))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "invitation.rule.discharged");
	}

	/**
	 * The code on the letter's page as a camera would read it: from a few distances.
	 * ZXing's finder misses about one code in a hundred at any single resolution, even
	 * drawn cleanly without the page around it, and reads every one of 400 at one of
	 * these.
	 */
	private static String readQrCode(PDDocument pdf) throws IOException {
		for (int dpi : new int[] { 150, 100, 200, 300 }) {
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, dpi);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			try {
				return new QRCodeReader()
					.decode(new BinaryBitmap(
							new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
							Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
					.getText();
			}
			catch (ReaderException notAtThisDistance) {
				// try the next
			}
		}
		return "no code found at any distance";
	}

}
