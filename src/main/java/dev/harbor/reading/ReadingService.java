package dev.harbor.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientContact;
import dev.harbor.client.ClientService;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.report.Paper;
import dev.harbor.report.Printout;
import dev.harbor.report.Printouts;
import dev.harbor.report.SummaryFile;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of the readings: which a client has, giving one so it shows in
 * their portal, taking it back, and printing one on a page in the client's language. Only
 * for clients on the clinician's own caseload; every call is audited.
 */
@Service
public class ReadingService {

	private final GivenReadingRepository given;

	private final ClientService clients;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final HarborI18nProvider words;

	private final Clock clock;

	private final String practiceName;

	ReadingService(GivenReadingRepository given, ClientService clients, CurrentUser currentUser, AuditService audit,
			HarborI18nProvider words, Clock clock, @Value("${harbor.practice.name:Harbor}") String practiceName) {
		this.given = given;
		this.clients = clients;
		this.currentUser = currentUser;
		this.audit = audit;
		this.words = words;
		this.clock = clock;
		this.practiceName = practiceName;
	}

	/**
	 * Every reading, in its order, with whether and when this client was given it, and
	 * the client's language.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientReadings readings(long clientId) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.READING, null, clientId, "viewed readings");
		return new ClientReadings(client.language(), views(clientId));
	}

	/** The reading shows in the client's portal from now. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientReadings give(long clientId, Reading reading) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.CHANGE);
		long me = currentUser.require().accountId();
		GivenReading row = given.findByClientIdAndReading(clientId, reading)
			.orElseGet(() -> new GivenReading(clientId, reading, me, clock.instant()));
		row.give(me, clock.instant());
		given.save(row);
		audit.record(AuditAction.CHANGE, AuditSubject.READING, null, clientId, "gave reading " + reading.key());
		return new ClientReadings(client.language(), views(clientId));
	}

	/** The reading no longer shows in the client's portal; that it was given is kept. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientReadings takeBack(long clientId, Reading reading) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.CHANGE);
		given.findByClientIdAndReading(clientId, reading).ifPresent(row -> row.withdraw(clock.instant()));
		audit.record(AuditAction.CHANGE, AuditSubject.READING, null, clientId, "took back reading " + reading.key());
		return new ClientReadings(client.language(), views(clientId));
	}

	/** One reading on a page, in the client's language, to hand over in session. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SummaryFile readingPdf(long clientId, Reading reading, Paper paper) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.EXPORT);
		Locale locale = client.language().locale();
		List<String> paragraphs = reading.paragraphKeys()
			.stream()
			.map(key -> words.getTranslation(key, locale))
			.toList();
		Printout printout = new Printout(words.getTranslation(reading.translationKey(), locale),
				words.getTranslation("reading.print.from", locale, currentUser.require().displayName(), practiceName),
				List.of(new Printout.Section(null, List.of(words.getTranslation(reading.leadKey(), locale))),
						new Printout.Section(null, paragraphs)),
				null, words.getTranslation("reading.print.footer", locale, practiceName),
				words.getTranslation("report.pageOf", locale));
		byte[] pdf = Printouts.render(printout, paper);
		audit.record(AuditAction.EXPORT, AuditSubject.READING, null, clientId, "printed reading " + reading.key());
		return new SummaryFile("reading-" + reading.key() + "-" + LocalDate.now(clock) + ".pdf", pdf);
	}

	private List<ReadingView> views(long clientId) {
		Map<Reading, GivenReading> rows = given.findByClientId(clientId)
			.stream()
			.collect(Collectors.toMap(GivenReading::getReading, Function.identity()));
		return Arrays.stream(Reading.values())
			.map(reading -> rows.containsKey(reading) ? rows.get(reading).view() : new ReadingView(reading, null))
			.toList();
	}

}
