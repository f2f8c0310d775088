package dev.harbor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.math.BigDecimal;

import dev.harbor.client.ClientService;
import dev.harbor.client.NewPosition;
import dev.harbor.client.Relationship;
import dev.harbor.client.NewClient;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.diary.DiaryService;
import dev.harbor.homework.HomeworkService;
import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.ladder.LadderService;
import dev.harbor.reading.ReadingService;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.security.DemoAccounts;
import dev.harbor.security.HarborUser;
import dev.harbor.security.NewAccount;
import dev.harbor.security.UserAccountService;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Creates the demo practice on first start in the demo profile (which
 * {@code ./mvnw spring-boot:run} turns on), and only there. It goes through the real
 * services, signed in as the demo people, so the demo data is audited and checked like
 * anything a person types.
 */
@Component
@Profile(DemoAccounts.PROFILE)
class DemoDataSeeder implements SmartInitializingSingleton, DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final UserAccountService accounts;

	private final ClientService clients;

	private final HomeworkService homework;

	private final PracticeLogService practice;

	private final DiaryService diary;

	private final CorrectiveExperienceService experiences;

	private final LadderService ladders;

	private final KeepingPlanService plans;

	private final ReadingService readings;

	private final DemoPortal portal;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts;

	private volatile DemoAccounts.@Nullable OpenInvitation openInvitation;

	DemoDataSeeder(UserAccountService accounts, ClientService clients, HomeworkService homework,
			PracticeLogService practice, DiaryService diary, CorrectiveExperienceService experiences,
			LadderService ladders, KeepingPlanService plans, ReadingService readings, DemoPortal portal, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.accounts = accounts;
		this.clients = clients;
		this.homework = homework;
		this.practice = practice;
		this.diary = diary;
		this.experiences = experiences;
		this.ladders = ladders;
		this.plans = plans;
		this.readings = readings;
		this.portal = portal;
		this.clock = clock;
		this.contexts = contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
	}

	@Override
	public void afterSingletonsInstantiated() {
		seedOnce();
		inviteForTheSignInPage();
	}

	void seedOnce() {
		if (accounts.anyAccountExists()) {
			return;
		}
		try {
			long adminId = accounts.openFirstAdmin(newAccount(DemoPractice.ADMIN));
			signInAs(adminId, DemoPractice.ADMIN);
			long mayaId = accounts.openAccount(newAccount(DemoPractice.MAYA));
			long tomasId = accounts.openAccount(newAccount(DemoPractice.TOMAS));
			List<Long> mayas = addClients(mayaId, DemoPractice.MAYA, DemoPractice.MAYAS_CLIENTS);
			new DemoHomework(homework, practice, LocalDate.now(clock)).seed(mayas);
			new DemoReflections(diary, experiences, LocalDate.now(clock)).seed(mayas.getFirst());
			new DemoLadder(ladders, LocalDate.now(clock)).seed(mayas.getFirst());
			new DemoKeeping(plans, readings).seed(mayas.getFirst());
			portal.juniperJoins(mayas.getFirst(), LocalDate.now(clock), this::signInAs);
			addClients(tomasId, DemoPractice.TOMAS, DemoPractice.TOMAS_CLIENTS);
			log.info("Created the demo practice: {} accounts", DemoPractice.ACCOUNTS.size());
		}
		finally {
			contexts.clearContext();
		}
	}

	/**
	 * An invitation's token is kept only as a hash, so each start makes Rowan a fresh one
	 * for the sign-in page to link to (voiding the one before), unless Rowan has joined.
	 */
	void inviteForTheSignInPage() {
		try {
			signInAs(portal.person(DemoPractice.MAYA.email()));
			openInvitation = portal.inviteRowan();
		}
		catch (RuntimeException notNow) {
			// Someone changed the demo practice (Rowan discharged or renamed, Maya's
			// account off): the demo still starts, without the link.
			openInvitation = null;
			log.warn("No demo invitation on the sign-in page this time: {}", notNow.getClass().getSimpleName());
		}
		finally {
			contexts.clearContext();
		}
	}

	@Override
	public Optional<OpenInvitation> openInvitation() {
		return Optional.ofNullable(openInvitation);
	}

	@Override
	public List<Entry> accounts() {
		return DemoPractice.ACCOUNTS;
	}

	@Override
	public String password() {
		return DemoPractice.PASSWORD;
	}

	private List<Long> addClients(long clinicianId, Entry clinician, List<DemoPractice.DemoClient> demoClients) {
		signInAs(clinicianId, clinician);
		LocalDate today = LocalDate.now(clock);
		List<Long> ids = new ArrayList<>();
		for (DemoPractice.DemoClient client : demoClients) {
			long id = clients.addClient(new NewClient(client.name(), null, null, null,
					today.minusWeeks(client.weeksAgo()), DemoPractice.languageOf(client)));
			ids.add(id);
			// A new client is at version 0; every change returns the next version, so
			// nothing is
			// read back (a read would count as the clinician having opened the record).
			long version = 0;
			for (DemoPractice.Reading reading : client.readings()) {
				version = clients
					.recordAttachmentPosition(id, version,
							new NewPosition(new BigDecimal(reading.anxiety()), new BigDecimal(reading.avoidance()),
									Relationship.PARTNER, today.minusWeeks(reading.weeksAgo())))
					.version();
			}
			for (String goal : client.goals()) {
				version = clients.addGoal(id, version, goal).version();
			}
			if (!client.patterns().isEmpty()) {
				clients.updatePatterns(id, version, client.patterns(), null);
			}
		}
		return ids;
	}

	private static NewAccount newAccount(Entry entry) {
		return new NewAccount(entry.email(), entry.displayName(), DemoPractice.PASSWORD, entry.role());
	}

	private void signInAs(long accountId, Entry entry) {
		signInAs(HarborUser.of(accountId, entry.email(), entry.displayName(), entry.role()));
	}

	private void signInAs(HarborUser user) {
		contexts.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
