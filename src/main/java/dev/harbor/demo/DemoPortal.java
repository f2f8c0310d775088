package dev.harbor.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.harbor.client.CaseloadFilter;
import dev.harbor.client.ClientService;
import dev.harbor.diary.Behaviour;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.Need;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.diary.ThinkingTrap;
import dev.harbor.homework.MyHomework;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.ladder.FearedOutcome;
import dev.harbor.ladder.MyLadderService;
import dev.harbor.ladder.NewAttempt;
import dev.harbor.homework.NewCompletion;
import dev.harbor.portal.Invitation;
import dev.harbor.portal.PortalAccessService;
import dev.harbor.security.DemoAccounts;
import dev.harbor.security.HarborUser;
import dev.harbor.security.InvitationRedemption;
import dev.harbor.security.PortalState;
import dev.harbor.security.StepResult;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The client's side of the demo: Juniper joins the portal through a real invitation and
 * writes one evening's diary entry, one practice and one try of her ladder's step
 * herself, so the clinician's side shows entries written by a client; and Rowan has an
 * invitation open, which the sign-in page offers so a newcomer can join as a client.
 */
@Component
@Profile(DemoAccounts.PROFILE)
class DemoPortal {

	private final ClientService clients;

	private final PortalAccessService portal;

	private final InvitationRedemption redemption;

	private final UserDetailsService people;

	private final MyDiaryService diary;

	private final MyPracticeService practice;

	private final MyLadderService ladders;

	DemoPortal(ClientService clients, PortalAccessService portal, InvitationRedemption redemption,
			UserDetailsService people, MyDiaryService diary, MyPracticeService practice, MyLadderService ladders) {
		this.ladders = ladders;
		this.clients = clients;
		this.portal = portal;
		this.redemption = redemption;
		this.people = people;
		this.diary = diary;
		this.practice = practice;
	}

	/**
	 * Juniper joins and writes; signed in as her clinician, then as Juniper through
	 * {@code signIn}.
	 */
	void juniperJoins(long juniper, LocalDate today, Consumer<HarborUser> signIn) {
		Invitation invitation = portal.invite(juniper, DemoPractice.JUNIPER.email(), "", false);
		StepResult joined = redemption.redeem(invitation.token(), DemoPractice.JUNIPER.email(), DemoPractice.PASSWORD);
		if (!joined.worked()) {
			throw new IllegalStateException("The demo client could not join the portal");
		}
		signIn.accept(person(DemoPractice.JUNIPER.email()));
		LocalDate yesterday = today.minusDays(1);
		diary.writeEntry(new NewDiaryEntry(yesterday.atTime(21, 40), yesterday.atTime(22, 5),
				"He said he needed a quiet evening on his own", "Maybe it is not about me",
				Map.of(Feeling.WORRY, 40, Feeling.LONELINESS, 35), "Tight chest, then easier", Set.of(Behaviour.OTHER),
				Set.of(Need.SECURITY, Need.CONNECTION), Set.of(ThinkingTrap.DISTANCE_AS_REJECTION),
				"Did the breathing and ran a bath", "Calmer; he came to say goodnight", DiaryRelationship.PARTNER),
				true);
		List<MyHomework> plans = practice.thisWeek();
		plans.stream()
			.filter(plan -> plan.breathing() != null)
			.findFirst()
			.ifPresent(breathing -> practice.logPractice(breathing.assignmentId(), new NewCompletion(
					yesterday.atTime(21, 50), 4, 6, 3, List.of("5", "Jaw and shoulders"), "Before the bath")));
		ladders.myLadders()
			.stream()
			.findFirst()
			.ifPresent(ladder -> ladder.currentStep()
				.ifPresent(step -> ladders.logAttempt(ladder.id(),
						new NewAttempt(yesterday.atTime(18, 45), step.id(), 25, step.step().predictedDistress(), 55, 25,
								Set.of(), FearedOutcome.NO, "He asked about my day when I came back to the phone",
								"The quiet was not about me", "Shoulders loosened after ten minutes", null),
						false)));
	}

	/**
	 * A fresh invitation for Rowan, whose link the sign-in page shows; the one from an
	 * earlier start stops working. Nothing when Rowan has joined by now. Signed in as
	 * Rowan's clinician.
	 */
	DemoAccounts.@Nullable OpenInvitation inviteRowan() {
		long rowan = portalClient(DemoPractice.ROWAN.displayName());
		if (portal.portalState(rowan).stage() == PortalState.Stage.JOINED) {
			return null;
		}
		Invitation invitation = portal.invite(rowan, DemoPractice.ROWAN.email(), "", false);
		return new DemoAccounts.OpenInvitation(DemoPractice.ROWAN.displayName(), DemoPractice.ROWAN.email(),
				InvitationRedemption.ROUTE + "/" + invitation.token());
	}

	/** A demo account as a signed-in person, without its password hash. */
	HarborUser person(String email) {
		HarborUser person = (HarborUser) people.loadUserByUsername(email);
		person.eraseCredentials();
		return person;
	}

	private long portalClient(String name) {
		return clients.myCaseload(new CaseloadFilter(name, null, null), PageRequest.of(0, 1))
			.getContent()
			.getFirst()
			.id();
	}

}
