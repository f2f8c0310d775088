package dev.harbor.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A long trigger diary and corrective-experience log for one client, written straight
 * into the tables: entries spread over the last year, each with one to three feelings, a
 * behaviour, one or two needs and sometimes a thinking trap.
 */
final class DiaryGenerator {

	private static final long FIRST_ID = 1_000_000;

	static final String[] FEELINGS = { "FEAR", "WORRY", "SADNESS", "ANGER", "SHAME", "LONELINESS", "JEALOUSY",
			"OTHER" };

	static final String[] BEHAVIOURS = { "PULLED_AWAY", "CLUNG", "SOUGHT_REASSURANCE", "TESTED_THE_OTHER", "WENT_QUIET",
			"LASHED_OUT", "PLEASED_OTHERS", "DISTRACTED_SELF", "OTHER" };

	static final String[] NEEDS = { "SECURITY", "CONNECTION", "APPRECIATION", "AUTONOMY", "OTHER" };

	static final String[] TRAPS = { "CATASTROPHISING", "OVERGENERALISING", "ALL_OR_NOTHING", "MIND_READING",
			"DISTANCE_AS_REJECTION" };

	static final String[] RELATIONSHIPS = { "PARTNER", "PARENT", "FRIEND", "COLLEAGUE", "THERAPIST", "OTHER" };

	static final String[] SETTINGS = { "PARTNER", "FRIEND", "FAMILY", "THERAPY_GROUP", "COMMUNITY", "WORK" };

	static final String[] RISKS = { "ASKED_FOR_SUPPORT", "SHARED_VULNERABLE", "SET_BOUNDARY", "REPAIRED",
			"TOLERATED_DISTANCE" };

	private final JdbcTemplate jdbc;

	private final Random random = new Random(23);

	private final LocalDate today;

	DiaryGenerator(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	void generate(long clientId, long clinicianId, int entries, int experiences) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> feelings = new ArrayList<>();
		List<Object[]> behaviours = new ArrayList<>();
		List<Object[]> needs = new ArrayList<>();
		List<Object[]> traps = new ArrayList<>();
		Timestamp entered = Timestamp.from(Instant.now());
		for (int i = 0; i < entries; i++) {
			long id = FIRST_ID + i;
			LocalDateTime when = today.minusDays(random.nextInt(365))
				.atTime(8 + random.nextInt(14), random.nextInt(60));
			rows.add(new Object[] { id, clientId, Timestamp.valueOf(when), Date.valueOf(when.toLocalDate()),
					"Situation " + i + (i % 50 == 0 ? " 他没有回复我" : ""), "Thought " + i, pick(RELATIONSHIPS), clinicianId,
					entered, i % 25 == 0 });
			for (String feeling : distinct(FEELINGS, 1 + random.nextInt(3))) {
				feelings.add(new Object[] { id, feeling, random.nextInt(101) });
			}
			behaviours.add(new Object[] { id, pick(BEHAVIOURS) });
			for (String need : distinct(NEEDS, 1 + random.nextInt(2))) {
				needs.add(new Object[] { id, need });
			}
			if (random.nextBoolean()) {
				traps.add(new Object[] { id, pick(TRAPS) });
			}
		}
		PracticeGenerator.batch(jdbc, """
				insert into diary_entry (id, version, client_id, happened_at, happened_on, situation, thoughts,
				    relationship, source, entered_by, entered_by_kind, entered_at, flagged, reviewed_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, 'IMPORTED', ?, 'CLINICIAN', ?, ?, null)""", rows);
		PracticeGenerator.batch(jdbc, "insert into diary_feeling (entry_id, feeling, intensity) values (?, ?, ?)",
				feelings);
		PracticeGenerator.batch(jdbc, "insert into diary_behaviour (entry_id, behaviour) values (?, ?)", behaviours);
		PracticeGenerator.batch(jdbc, "insert into diary_need (entry_id, need) values (?, ?)", needs);
		PracticeGenerator.batch(jdbc, "insert into diary_trap (entry_id, trap) values (?, ?)", traps);
		List<Object[]> logged = new ArrayList<>();
		for (int i = 0; i < experiences; i++) {
			LocalDateTime when = today.minusDays(random.nextInt(365)).atTime(19, 0);
			int before = 50 + random.nextInt(51);
			logged.add(new Object[] { FIRST_ID + i, clientId, Timestamp.valueOf(when), Date.valueOf(when.toLocalDate()),
					pick(SETTINGS), pick(RISKS), "Feared " + i, before, "Happened " + i,
					Math.max(0, before - random.nextInt(60)), clinicianId, entered });
		}
		PracticeGenerator.batch(jdbc,
				"""
						insert into corrective_experience (id, version, client_id, happened_at, happened_on, setting, risk,
						    feared, belief_before, what_happened, belief_after, entered_by, entered_by_kind, entered_at, flagged)
						values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLINICIAN', ?, false)""",
				logged);
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private List<String> distinct(String[] values, int count) {
		List<String> shuffled = new ArrayList<>(List.of(values));
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, count);
	}

}
