package dev.harbor.keepingplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientContact;
import dev.harbor.client.ClientService;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.report.Paper;
import dev.harbor.report.Printout;
import dev.harbor.report.Printouts;
import dev.harbor.report.SummaryFile;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of the plan for keeping what was built: reading it, a first draft
 * from the record, saving it (its version checked, so a second tab never overwrites
 * silently), showing it in the client's portal, and printing it in the client's language.
 * Only for clients on the clinician's own caseload; every call is audited.
 */
@Service
public class KeepingPlanService {

	private final KeepingPlanRepository plans;

	private final PlanDraft draft;

	private final ClientService clients;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final HarborI18nProvider words;

	private final Clock clock;

	private final String practiceName;

	KeepingPlanService(KeepingPlanRepository plans, PlanDraft draft, ClientService clients, CurrentUser currentUser,
			AuditService audit, HarborI18nProvider words, Clock clock,
			@Value("${harbor.practice.name:Harbor}") String practiceName) {
		this.plans = plans;
		this.draft = draft;
		this.clients = clients;
		this.currentUser = currentUser;
		this.audit = audit;
		this.words = words;
		this.clock = clock;
		this.practiceName = practiceName;
	}

	/** The client's plan; an empty, unsaved one when none was written yet. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public PlanView plan(long clientId) {
		clients.requireMine(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.KEEPING_PLAN, null, clientId, "viewed the plan");
		return plans.findByClientId(clientId)
			.map(KeepingPlan::view)
			.orElseGet(() -> new PlanView(clientId, PlanView.NOT_SAVED, PlanText.EMPTY, false, null));
	}

	/**
	 * A first draft from the record, in the client's language; nothing is saved. The
	 * clinician edits it with the client.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public PlanText draftFromRecord(long clientId) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.KEEPING_PLAN, null, clientId, "drafted the plan from the record");
		return draft.from(clientId, LocalDate.now(clock), client.language().locale());
	}

	/**
	 * Saves the plan as written. {@code version} is the one the writer read
	 * ({@link PlanView#NOT_SAVED} for a first plan); a plan saved meanwhile by someone
	 * else is refused, nothing changed.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public PlanView savePlan(long clientId, long version, PlanText text) {
		clients.requireMine(clientId, AuditAction.CHANGE);
		PlanText checked = checked(text);
		long me = currentUser.require().accountId();
		KeepingPlan plan = plans.findByClientId(clientId).orElse(null);
		if (plan == null) {
			if (version != PlanView.NOT_SAVED) {
				throw new ConcurrentEditException("Keeping plan of client", clientId);
			}
			plan = plans.saveAndFlush(new KeepingPlan(clientId, checked, me, clock.instant()));
			audit.record(AuditAction.CREATE, AuditSubject.KEEPING_PLAN, plan.requireId(), clientId, "plan written");
			return plan.view();
		}
		requireVersion(plan, version);
		plan.write(checked, me, clock.instant());
		plans.saveAndFlush(plan);
		audit.record(AuditAction.CHANGE, AuditSubject.KEEPING_PLAN, plan.requireId(), clientId, "plan changed");
		return plan.view();
	}

	/** Shows the saved plan in the client's portal, or stops showing it there. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public PlanView share(long clientId, long version, boolean shared) {
		clients.requireMine(clientId, AuditAction.CHANGE);
		KeepingPlan plan = plans.findByClientId(clientId)
			.orElseThrow(() -> new InvalidInputException("shared", "plan.rule.saveFirst"));
		requireVersion(plan, version);
		plan.share(shared, currentUser.require().accountId(), clock.instant());
		plans.saveAndFlush(plan);
		audit.record(AuditAction.CHANGE, AuditSubject.KEEPING_PLAN, plan.requireId(), clientId,
				shared ? "plan shown in the portal" : "plan no longer shown in the portal");
		return plan.view();
	}

	/**
	 * The plan on paper for the client, in their language: each part, with ruled lines
	 * where a part is still to be written together, and that setbacks are expected.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public SummaryFile planPdf(long clientId, Paper paper) {
		ClientContact client = clients.requireMineWithContact(clientId, AuditAction.EXPORT);
		PlanText text = plans.findByClientId(clientId).map(KeepingPlan::text).orElse(PlanText.EMPTY);
		Locale locale = client.language().locale();
		LocalDate today = LocalDate.now(clock);
		List<Printout.Section> sections = new ArrayList<>();
		text.parts()
			.forEach((part, written) -> sections
				.add(new Printout.Section(t(locale, "plan.part." + part), written == null ? List.of()
						: Arrays.stream(written.split("\\R")).filter(line -> !line.isBlank()).toList())));
		Printout printout = new Printout(t(locale, "plan.print.title"),
				t(locale, "plan.print.for", client.displayName(), currentUser.require().displayName(), practiceName,
						DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(today)),
				sections, t(locale, "plan.setbacks"), t(locale, "plan.print.footer"), t(locale, "report.pageOf"));
		byte[] pdf = Printouts.render(printout, paper);
		audit.record(AuditAction.EXPORT, AuditSubject.KEEPING_PLAN, null, clientId, "printed the plan");
		return new SummaryFile("plan-" + clientId + "-" + today + ".pdf", pdf);
	}

	private static PlanText checked(PlanText text) {
		for (Map.Entry<String, @Nullable String> part : text.parts().entrySet()) {
			String problem = FreeText.problem(part.getValue(), PlanText.PART_MAX);
			if (problem != null) {
				throw new InvalidInputException(part.getKey(), problem);
			}
		}
		return new PlanText(FreeText.clean(text.helpedMost()), FreeText.clean(text.earlySigns()),
				FreeText.clean(text.whatToDo()), FreeText.clean(text.whoToTurnTo()),
				FreeText.clean(text.whenToComeBack()));
	}

	private static void requireVersion(KeepingPlan plan, long version) {
		if (plan.getVersion() != version) {
			throw new ConcurrentEditException("Keeping plan", plan.requireId());
		}
	}

	private String t(Locale locale, String key, Object... params) {
		return words.getTranslation(key, locale, params);
	}

}
