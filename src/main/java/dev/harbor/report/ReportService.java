package dev.harbor.report;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.time.ZonedDateTime;
import java.util.Locale;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientContact;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.security.ClientAccess;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import dev.harbor.therapysession.SessionNote;
import dev.harbor.therapysession.SessionView;
import dev.harbor.therapysession.TherapySessionService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session summaries as PDF. Gathers one client's period from the homework, diary and
 * corrective-experience services (each checks that the client is mine), hands the plain
 * record to the renderer, and audits the export.
 */
@Service
public class ReportService {

	private final ClientService clients;

	private final SummaryGatherer gatherer;

	private final HandoutGatherer handouts;

	private final TherapySessionService sessions;

	private final HarborI18nProvider words;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final Clock clock;

	/** How long a PDF takes to draw, for the management port's metrics. */
	private final Timer renderTime;

	private final Timer handoutRenderTime;

	private final Timer letterRenderTime;

	private final ClientAccess clientAccess;

	private final String practiceName;

	private final Paper practicePaper;

	ReportService(ClientService clients, SummaryGatherer gatherer, HandoutGatherer handouts,
			TherapySessionService sessions, HarborI18nProvider words, CurrentUser currentUser, AuditService audit,
			ClientAccess clientAccess, Clock clock, @Value("${harbor.practice.name:Harbor}") String practiceName,
			@Value("${harbor.practice.paper:A4}") Paper practicePaper, MeterRegistry meters) {
		this.renderTime = pdfTimer(meters, "summary");
		this.handoutRenderTime = pdfTimer(meters, "handout");
		this.letterRenderTime = pdfTimer(meters, "invitation");
		this.clientAccess = clientAccess;
		this.clients = clients;
		this.gatherer = gatherer;
		this.handouts = handouts;
		this.sessions = sessions;
		this.words = words;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.practiceName = practiceName;
		this.practicePaper = practicePaper;
	}

	/**
	 * The practice's paper (A4 or US Letter, set with {@code HARBOR_PAPER}): what a
	 * session's summary prints on, and the first choice wherever paper is chosen.
	 */
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The practice's paper setting; names no client")
	public Paper practicePaper() {
		return practicePaper;
	}

	/**
	 * A session's summary: the time since the previous session (or the four weeks before
	 * the first), with this session's note and its amendments.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SummaryFile sessionSummary(long sessionId, Paper paper, boolean byReferenceCode, Locale locale) {
		SessionView session = sessions.openSession(sessionId);
		LocalDate day = session.startsAt().toLocalDate();
		LocalDate previous = sessions.previousSessionDay(sessionId);
		LocalDate from = previous == null ? day.minusWeeks(4) : previous.plusDays(1);
		return summary(session.clientId(), new SummaryRequest(from, day, paper, byReferenceCode),
				new SummaryGatherer.ForSession(sessionId, noteText(session, locale)), locale);
	}

	/** One client's summary for a period of the clinician's choosing. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SummaryFile clientSummary(long clientId, SummaryRequest request, Locale locale) {
		return summary(clientId, request, null, locale);
	}

	private SummaryFile summary(long clientId, SummaryRequest request, SummaryGatherer.@Nullable ForSession session,
			Locale locale) {
		LocalDate today = LocalDate.now(clock);
		String period = ReportRules.periodProblem(request.from(), request.to(), today);
		if (period != null) {
			throw new InvalidInputException("from", period);
		}
		ClientProfile client = clients.openClient(clientId);
		SessionSummary summary = gatherer.gather(client, request, practiceName, currentUser.require().displayName(),
				ZonedDateTime.now(clock), today, session, locale);
		byte[] pdf = renderTime.record(() -> SummaryRenderer.render(summary, request.paper()));
		audit.record(AuditAction.EXPORT, AuditSubject.CLIENT, clientId, clientId, "exported summary");
		return new SummaryFile("summary-" + client.referenceCode() + "-" + today + ".pdf", pdf);
	}

	/**
	 * The summaries of a client's whole time in care, from their start to today, one for
	 * each two-year span (the longest one summary covers), oldest first, as one PDF. For
	 * the whole-record export, which has checked the client and audits the export itself;
	 * each summary is bounded, so a long history costs a few summaries, not its length.
	 */
	byte[] wholePeriodSummary(ClientProfile client, Paper paper, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = client.startDate().isAfter(today) ? today : client.startDate();
		List<SummaryRequest> spans = new java.util.ArrayList<>();
		LocalDate to = today;
		while (!to.isBefore(start)) {
			LocalDate from = to.minusYears(ReportRules.MAX_YEARS);
			from = from.isBefore(start) ? start : from;
			spans.addFirst(new SummaryRequest(from, to, paper, false));
			to = from.minusDays(1);
		}
		String clinician = currentUser.require().displayName();
		ZonedDateTime now = ZonedDateTime.now(clock);
		return PdfMerge.of(spans.stream()
			.map(span -> renderTime.record(() -> SummaryRenderer
				.render(gatherer.gather(client, span, practiceName, clinician, now, today, null, locale), paper)))
			.toList());
	}

	/** The structured note as text, with its amendments after it. */
	private String noteText(SessionView session, Locale locale) {
		SessionNote note = session.note();
		StringBuilder text = new StringBuilder();
		part(text, words.getTranslation("session.field.focus", locale), note.focus());
		part(text, words.getTranslation("session.field.interventions", locale), note.interventions());
		part(text, words.getTranslation("session.field.clientResponse", locale), note.clientResponse());
		part(text, words.getTranslation("session.field.plan", locale), note.plan());
		// The working relationship prints only when the clinician wrote about it.
		part(text, words.getTranslation("session.field.relationshipStrain", locale), note.relationshipStrain());
		part(text, words.getTranslation("session.field.relationshipRepair", locale), note.relationshipRepair());
		session.amendments()
			.forEach(amendment -> text
				.append(words.getTranslation("session.amendment.line", locale,
						amendment.addedAt().toString().substring(0, 10), amendment.text()))
				.append('\n'));
		return text.toString().strip();
	}

	private static void part(StringBuilder text, String label, @Nullable String value) {
		if (value != null) {
			text.append(label).append(": ").append(value).append('\n');
		}
	}

	/**
	 * The client's active homework on paper, with a log table for each exercise until the
	 * next session, for clients who work on paper. In the client's language.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SummaryFile clientHandout(long clientId, HandoutRequest request) {
		String weeks = ReportRules.weeksProblem(request.weeks());
		if (weeks != null) {
			throw new InvalidInputException("weeks", weeks);
		}
		LocalDate today = LocalDate.now(clock);
		ClientProfile client = clients.openClient(clientId);
		Handout handout = handouts.gather(client, request, practiceName, currentUser.require().displayName(),
				clock.instant(), today, client.language().locale());
		byte[] pdf = handoutRenderTime.record(() -> HandoutRenderer.render(handout, request.paper()));
		audit.record(AuditAction.EXPORT, AuditSubject.CLIENT, clientId, clientId, "exported handout");
		return new SummaryFile("handout-" + client.referenceCode() + "-" + today + ".pdf", pdf);
	}

	/**
	 * The one-page letter that hands a client their portal invitation in session: the
	 * link written out and as a QR code. Only for the client's invitation that still
	 * opens; the token never reaches the audit trail. In the client's language.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SummaryFile invitationLetter(long clientId, String token, String link) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.EXPORT);
		Locale locale = client.language().locale();
		if (!clientAccess.isOpenInvitation(clientId, token)) {
			throw new InvalidInputException("invitation", "portal.letter.closed");
		}
		Instant expires = clientAccess.state(clientId).invitedUntil();
		String until = expires == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(expires.atZone(clock.getZone()).toLocalDate());
		InvitationLetter letter = new InvitationLetter(words.getTranslation("portal.letter.title", locale),
				List.of(words.getTranslation("portal.letter.hello", locale, client.displayName()),
						words.getTranslation("portal.letter.what", locale),
						words.getTranslation("portal.letter.how", locale),
						words.getTranslation("portal.letter.private", locale)),
				link, words.getTranslation("portal.letter.linkLabel", locale),
				words.getTranslation("portal.letter.until", locale, until),
				words.getTranslation("portal.letter.safety", locale),
				words.getTranslation("portal.letter.footer", locale, practiceName),
				words.getTranslation("report.pageOf", locale));
		byte[] pdf = letterRenderTime.record(() -> InvitationLetterRenderer.render(letter, practicePaper));
		audit.record(AuditAction.EXPORT, AuditSubject.CLIENT, clientId, clientId, "printed portal invitation letter");
		return new SummaryFile("invitation-" + clientId + ".pdf", pdf);
	}

	private static Timer pdfTimer(MeterRegistry meters, String kind) {
		return Timer.builder("harbor.pdf.render").description("Time to draw a PDF").tag("kind", kind).register(meters);
	}

}
