package dev.harbor.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import dev.harbor.ladder.Anchors;
import dev.harbor.ladder.FearedOutcome;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.NewAttempt;
import dev.harbor.ladder.SafetyBehaviour;

/**
 * A demo client's time-apart ladder, through the real services: built from the built-in
 * one with her own scale, and two calm tries of the first step logged in session, so the
 * ladder has a chart to read; the portal adds the try she logs herself.
 */
final class DemoLadder {

	private final LadderService ladders;

	private final LocalDate today;

	DemoLadder(LadderService ladders, LocalDate today) {
		this.ladders = ladders;
		this.today = today;
	}

	/** Signed in as the client's clinician; answers the ladder. */
	LadderView seed(long client) {
		LadderView ladder = ladders.startLadder(client, "builtin:TIME_APART",
				"An evening with friends without checking my phone");
		ladder = ladders.describe(ladder.id(), ladder.version(), ladder.goal(),
				new Anchors("Sunday morning with coffee and nothing planned", "Waiting a little for a reply",
						"He is late home and has not said why", "The evening he did not answer for hours",
						"The week after my last break-up"));
		long first = ladder.steps().getFirst().id();
		ladders.logAttempt(ladder.id(), new NewAttempt(today.minusDays(9).atTime(18, 30), first, 20, 40, 70, 45,
				Set.of(SafetyBehaviour.CHECKED_PHONE), FearedOutcome.NO, "He had not even noticed the phone was away",
				"I could sit with it for twenty minutes", "Restless hands", null));
		ladders.logAttempt(ladder.id(),
				new NewAttempt(today.minusDays(5).atTime(19, 0), first, 20, 40, 60, 35, Set.of(), FearedOutcome.NO,
						"We talked while I cooked, and nothing was missed",
						"Nothing bad happened while I was not checking", null, null));
		return ladder;
	}

}
