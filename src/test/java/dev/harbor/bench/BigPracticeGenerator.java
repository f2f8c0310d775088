package dev.harbor.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import dev.harbor.audit.BulkSeals;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A practice of many years on PostgreSQL, loaded with {@code COPY} in minutes: clinicians
 * and clients (by {@link PracticeGenerator}), then per client a long trigger diary, years
 * of homework practice, corrective experiences and signed sessions, and the audit trail
 * such a practice leaves, sealed into one hash chain as the application seals it.
 * <p>
 * What is waiting for review is what a working practice has: most of the last three
 * weeks' entries and experiences, and a few older ones; a small share flagged for the
 * next session. The same seed gives the same practice.
 */
final class BigPracticeGenerator {

	/** How big a practice to make. */
	record Scale(int clinicians, int clients, int focusCaseload, int diaryEntries, int practices, int experiences,
			int sessions, int auditEvents, int years) {

		/** The practice of issue 15: ten years, about 3 GB. */
		static final Scale TEN_YEARS = new Scale(50, 5_000, 300, 2_000_000, 1_000_000, 100_000, 100_000, 2_000_000, 10);

		/** The same shape a hundred times smaller, for checking the generator itself. */
		static final Scale SMALL = new Scale(5, 50, 10, 20_000, 10_000, 1_000, 1_000, 20_000, 10);

	}

	/** What was written, table by table, and how long it took. */
	record Made(Map<String, Long> rows, double seconds, long focusClinician, List<Long> focusCaseload) {
	}

	private static final long FIRST_ID = 1_000_000;

	private static final String[] SITUATIONS = { "No reply to my message for the whole afternoon",
			"They cancelled our plans at the last minute", "A quiet dinner where they seemed far away",
			"My manager asked to have a word tomorrow", "Saw photos of friends meeting without me",
			"An argument about whose turn it was", "They needed a night to themselves" };

	private static final String[] THOUGHTS = { "They are losing interest in me", "I always end up alone",
			"I must have done something wrong", "If I ask, I am too much", "It is safer not to need anyone" };

	private static final String[] EXERCISES = { "paced_breathing", "safe_place", "grounding", "i_statements",
			"repair_conversation" };

	private static final String[] CATEGORIES = { "CALMING_THE_BODY", "CALMING_THE_BODY", "CALMING_THE_BODY", "SPEAKING",
			"REPAIRING" };

	private static final String[] EXERCISE_NAMES = { "Paced breathing", "Safe-place visualisation", "Grounding",
			"\"I\"-statements", "A repair conversation" };

	private final Random random;

	private final Instant now;

	private final LocalDate today;

	BigPracticeGenerator(long seed, Instant now) {
		this.random = new Random(seed);
		this.now = now.truncatedTo(ChronoUnit.SECONDS);
		this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	Made generate(Connection connection, Scale scale, String passwordHash) throws SQLException {
		long started = System.nanoTime();
		Map<String, Long> rows = new LinkedHashMap<>();
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		PracticeGenerator.Practice practice = new PracticeGenerator(jdbc, random.nextLong(), now)
			.generate(scale.clinicians(), scale.clients(), scale.focusCaseload(), passwordHash);
		rows.put("user_account", (long) scale.clinicians());
		rows.put("client", (long) practice.clients());
		List<long[]> clients = jdbc.query("select id, clinician_id from client where id >= ? order by id",
				(row, n) -> new long[] { row.getLong(1), row.getLong(2) }, FIRST_ID);
		Map<Long, String> emails = new LinkedHashMap<>();
		jdbc.query("select id, email from user_account where id >= ?",
				(RowCallbackHandler) row -> emails.put(row.getLong(1), row.getString(2)), FIRST_ID);
		diary(connection, clients, scale, rows);
		homework(connection, clients, scale, rows);
		experiences(connection, clients, scale, rows);
		sessions(connection, clients, scale, rows);
		audit(connection, clients, emails, scale, rows);
		for (String table : List.of("diary_entry", "homework_assignment", "assignment_status_change", "completion",
				"corrective_experience", "therapy_session", "audit_event")) {
			jdbc.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) + 1000 from " + table + "))");
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("analyze");
		}
		return new Made(rows, (System.nanoTime() - started) / 1e9, practice.clinicianIds().getFirst(),
				practice.focusCaseload());
	}

	/**
	 * The entries in one pass, then their feelings, behaviours, needs and traps in one
	 * pass each: one connection carries one {@code COPY} at a time, and a child row needs
	 * its entry committed. Each entry's parts come from a generator seeded by its number,
	 * so every pass sees the same parts.
	 */
	private void diary(Connection connection, List<long[]> clients, Scale scale, Map<String, Long> rows)
			throws SQLException {
		try (CopyRows entries = CopyRows.into(connection, "diary_entry",
				"id, version, client_id, happened_at, happened_on, situation, thoughts, relationship, source, "
						+ "entered_by, entered_by_kind, entered_at, reviewed_at, reviewed_by, flagged, bring_to_session")) {
			for (int i = 0; i < scale.diaryEntries(); i++) {
				long[] client = clients.get(i % clients.size());
				LocalDateTime when = day(scale.years()).atTime(7 + random.nextInt(16), random.nextInt(60));
				Instant entered = when.plusHours(random.nextInt(4)).toInstant(ZoneOffset.UTC);
				Review review = review(when.toLocalDate());
				entries.add(FIRST_ID + i, 0, client[0], when, when.toLocalDate(), pick(SITUATIONS) + " (" + i + ")",
						pick(THOUGHTS), pick(DiaryGenerator.RELATIONSHIPS), "TYPED", client[1], "CLINICIAN", entered)
					.add(review.at(), review.at() == null ? null : client[1], review.flagged(), false)
					.endRow();
			}
			rows.put("diary_entry", entries.rows());
		}
		long partsSeed = random.nextLong();
		record Parts(List<String> feelings, List<Integer> intensities, String behaviour, List<String> needs,
				@Nullable String trap) {
		}
		IntFunction<Parts> parts = i -> {
			Random own = new Random(partsSeed + i);
			List<String> feelings = distinct(own, DiaryGenerator.FEELINGS, 1 + own.nextInt(2));
			List<Integer> intensities = feelings.stream().map(feeling -> own.nextInt(101)).toList();
			String behaviour = DiaryGenerator.BEHAVIOURS[own.nextInt(DiaryGenerator.BEHAVIOURS.length)];
			List<String> needs = distinct(own, DiaryGenerator.NEEDS, 1 + own.nextInt(2));
			return new Parts(feelings, intensities, behaviour, needs,
					own.nextBoolean() ? DiaryGenerator.TRAPS[own.nextInt(DiaryGenerator.TRAPS.length)] : null);
		};
		rows.put("diary_feeling", children(connection, "diary_feeling", "entry_id, feeling, intensity",
				scale.diaryEntries(), (i, copy) -> {
					Parts of = parts.apply(i);
					for (int f = 0; f < of.feelings().size(); f++) {
						copy.add(FIRST_ID + i, of.feelings().get(f), of.intensities().get(f)).endRow();
					}
				}));
		rows.put("diary_behaviour", children(connection, "diary_behaviour", "entry_id, behaviour", scale.diaryEntries(),
				(i, copy) -> copy.add(FIRST_ID + i, parts.apply(i).behaviour()).endRow()));
		rows.put("diary_need", children(connection, "diary_need", "entry_id, need", scale.diaryEntries(), (i, copy) -> {
			for (String need : parts.apply(i).needs()) {
				copy.add(FIRST_ID + i, need).endRow();
			}
		}));
		rows.put("diary_trap", children(connection, "diary_trap", "entry_id, trap", scale.diaryEntries(), (i, copy) -> {
			String trap = parts.apply(i).trap();
			if (trap != null) {
				copy.add(FIRST_ID + i, trap).endRow();
			}
		}));
	}

	private interface ChildRows {

		void write(int entry, CopyRows copy) throws SQLException;

	}

	private static long children(Connection connection, String table, String columns, int entries, ChildRows rows)
			throws SQLException {
		try (CopyRows copy = CopyRows.into(connection, table, columns)) {
			for (int i = 0; i < entries; i++) {
				rows.write(i, copy);
			}
			return copy.rows();
		}
	}

	/** One plan as written, for its status changes and practices. */
	private record Plan(long id, long clientId, long clinicianId, LocalDate start, @Nullable LocalDate end,
			Instant assigned) {
	}

	/**
	 * Three plans per client, one after another over the years (the last one active), and
	 * the practices spread over them.
	 */
	private void homework(Connection connection, List<long[]> clients, Scale scale, Map<String, Long> rows)
			throws SQLException {
		List<Plan> written = new ArrayList<>();
		try (CopyRows plans = CopyRows.into(connection, "homework_assignment",
				"id, version, client_id, built_in_key, category, name, purpose, start_date, end_date, rhythm_kind, "
						+ "rhythm_times, target_minutes, status, assigned_by, assigned_at")) {
			long planId = FIRST_ID;
			int years = scale.years();
			for (long[] client : clients) {
				LocalDate first = today.minusDays(365L * years - random.nextInt(365 * (years - 1)));
				long span = ChronoUnit.DAYS.between(first, today) / 3;
				for (int p = 0; p < 3; p++) {
					int exercise = random.nextInt(EXERCISES.length);
					LocalDate start = first.plusDays(span * p);
					Plan plan = new Plan(planId++, client[0], client[1], start,
							p == 2 ? null : start.plusDays(span - 1), start.atTime(9, 0).toInstant(ZoneOffset.UTC));
					written.add(plan);
					plans.add(plan.id(), 0, plan.clientId(), EXERCISES[exercise], CATEGORIES[exercise],
							EXERCISE_NAMES[exercise], "Practise between sessions.", start, plan.end(), "TIMES_PER_WEEK",
							3, 5, plan.end() == null ? "ACTIVE" : "COMPLETED", plan.clinicianId(), plan.assigned())
						.endRow();
				}
			}
			rows.put("homework_assignment", plans.rows());
		}
		try (CopyRows changes = CopyRows.into(connection, "assignment_status_change",
				"id, assignment_id, status, effective_on, changed_at, changed_by")) {
			for (Plan plan : written) {
				changes.add(plan.id() * 2, plan.id(), "ACTIVE", plan.start(), plan.assigned(), plan.clinicianId())
					.endRow();
				if (plan.end() != null) {
					changes
						.add(plan.id() * 2 + 1, plan.id(), "COMPLETED", plan.end(),
								plan.end().atTime(17, 0).toInstant(ZoneOffset.UTC), plan.clinicianId())
						.endRow();
				}
			}
			rows.put("assignment_status_change", changes.rows());
		}
		int perPlan = scale.practices() / written.size();
		long completionId = FIRST_ID;
		try (CopyRows practices = CopyRows.into(connection, "completion",
				"id, version, assignment_id, client_id, happened_at, happened_on, minutes, distress_before, "
						+ "distress_after, entered_by, entered_by_kind, entered_at, struck_out")) {
			for (Plan plan : written) {
				// Some current plans have gone quiet lately, so the dashboard has
				// something
				// to find.
				LocalDate last = plan.end() != null ? plan.end()
						: random.nextInt(5) == 0 ? today.minusDays(3 + random.nextInt(20)) : today;
				long days = Math.max(1, ChronoUnit.DAYS.between(plan.start(), last));
				for (int n = 0; n < perPlan; n++) {
					LocalDate on = plan.start().plusDays(random.nextLong(days + 1));
					int before = 3 + random.nextInt(6);
					practices
						.add(completionId++, 0, plan.id(), plan.clientId(), on.atTime(8, 15), on, 3 + random.nextInt(5),
								before, Math.max(0, before - random.nextInt(4)), plan.clinicianId(), "CLINICIAN",
								on.atTime(20, 0).toInstant(ZoneOffset.UTC), false)
						.endRow();
				}
			}
			rows.put("completion", practices.rows());
		}
	}

	private void experiences(Connection connection, List<long[]> clients, Scale scale, Map<String, Long> rows)
			throws SQLException {
		try (CopyRows experiences = CopyRows.into(connection, "corrective_experience",
				"id, version, client_id, happened_at, happened_on, setting, risk, feared, belief_before, "
						+ "what_happened, belief_after, learned, entered_by, entered_by_kind, entered_at, reviewed_at, "
						+ "reviewed_by, flagged, bring_to_session")) {
			for (int i = 0; i < scale.experiences(); i++) {
				long[] client = clients.get(i % clients.size());
				LocalDateTime when = day(scale.years()).atTime(19, random.nextInt(60));
				int before = 50 + random.nextInt(51);
				Review review = review(when.toLocalDate());
				experiences
					.add(FIRST_ID + i, 0, client[0], when, when.toLocalDate(), pick(DiaryGenerator.SETTINGS),
							pick(DiaryGenerator.RISKS), "That they would be annoyed if I asked (" + i + ")", before,
							"They listened and thanked me for saying it", Math.max(0, before - random.nextInt(60)),
							"Asking did not push them away", client[1], "CLINICIAN", when.toInstant(ZoneOffset.UTC))
					.add(review.at(), review.at() == null ? null : client[1], review.flagged(), false)
					.endRow();
			}
			rows.put("corrective_experience", experiences.rows());
		}
	}

	/** Weekly sessions counted back from today, each signed the same day. */
	private void sessions(Connection connection, List<long[]> clients, Scale scale, Map<String, Long> rows)
			throws SQLException {
		int perClient = scale.sessions() / clients.size();
		long id = FIRST_ID;
		try (CopyRows sessions = CopyRows.into(connection, "therapy_session",
				"id, version, client_id, starts_at, minutes, focus, interventions, client_response, plan, "
						+ "draft_saved_at, signed_at, signed_by, created_by, created_at")) {
			for (long[] client : clients) {
				LocalDate last = today.minusDays(random.nextInt(14));
				for (int s = 0; s < perClient; s++) {
					LocalDateTime starts = last.minusWeeks(s).atTime(9 + random.nextInt(8), 0);
					Instant signed = starts.plusHours(2).toInstant(ZoneOffset.UTC);
					sessions
						.add(id++, 1, client[0], starts, 50, "Reviewed the week's diary together",
								"Paced breathing; looked at one trigger in detail", "Engaged, a little tired",
								"Keep practising three times a week", signed, signed, client[1], client[1], signed)
						.endRow();
				}
			}
			rows.put("therapy_session", sessions.rows());
		}
	}

	/**
	 * The trail a practice leaves: mostly clinicians opening their clients and their
	 * parts, some changes, lists and sign-ins, oldest first and sealed in that order.
	 */
	private void audit(Connection connection, List<long[]> clients, Map<Long, String> emails, Scale scale,
			Map<String, Long> rows) throws SQLException {
		long span = ChronoUnit.SECONDS.between(now.minus(365L * scale.years(), ChronoUnit.DAYS), now);
		long step = span / scale.auditEvents();
		Instant at = now.minusSeconds(span);
		// The chain goes on from whatever the database already holds (the demo
		// practice, when it was seeded first).
		long sealNo;
		String seal;
		try (Statement statement = connection.createStatement();
				var head = statement.executeQuery("select last_seal_no, last_seal from audit_chain")) {
			head.next();
			sealNo = head.getLong(1);
			seal = head.getString(2);
		}
		try (CopyRows events = CopyRows.into(connection, "audit_event",
				"id, occurred_at, actor_id, actor_label, action, subject_type, subject_id, client_id, outcome, "
						+ "seal_no, seal")) {
			for (int i = 1; i <= scale.auditEvents(); i++) {
				long id = FIRST_ID + i;
				at = at.plusSeconds(1 + random.nextLong(2 * step));
				if (at.isAfter(now)) {
					at = now;
				}
				long[] client = clients.get(random.nextInt(clients.size()));
				Long actor = client[1];
				int kind = random.nextInt(100);
				String action = kind < 60 ? "VIEW"
						: kind < 75 ? "VIEW" : kind < 85 ? "LIST" : kind < 97 ? "CHANGE" : "SIGN_IN";
				String subject = kind < 60 ? "CLIENT"
						: kind < 75 ? "DIARY" : kind < 85 ? "CLIENT" : kind < 97 ? "DIARY" : null;
				Long subjectId = subject == null || kind >= 75 && kind < 85 ? null : client[0];
				Long clientId = subject == null || kind >= 75 && kind < 85 ? null : client[0];
				seal = BulkSeals.seal(seal, id, at, actor, emails.get(actor), action, subject, subjectId, clientId,
						"SUCCESS");
				events
					.add(id, at, actor, emails.get(actor), action, subject, subjectId, clientId, "SUCCESS", sealNo + i,
							seal)
					.endRow();
			}
			rows.put("audit_event", events.rows());
		}
		try (var update = connection.prepareStatement("update audit_chain set last_seal_no = ?, last_seal = ?")) {
			update.setLong(1, sealNo + scale.auditEvents());
			update.setString(2, seal);
			update.executeUpdate();
		}
	}

	/** When an entry written on this day was reviewed, and whether it was flagged. */
	private record Review(@Nullable Instant at, boolean flagged) {
	}

	private Review review(LocalDate day) {
		boolean recent = ChronoUnit.DAYS.between(day, today) < 21;
		boolean waiting = recent ? random.nextInt(10) < 7 : random.nextInt(1000) < 3;
		boolean flagged = random.nextInt(1000) < (recent ? 40 : 3);
		Instant at = waiting ? null : day.plusDays(recent ? 1 : 5).atTime(12, 0).toInstant(ZoneOffset.UTC);
		if (at != null && at.isAfter(now)) {
			at = now;
		}
		return new Review(at, flagged);
	}

	/**
	 * A day in the last {@code years} years, the recent weeks a little busier than the
	 * rest.
	 */
	private LocalDate day(int years) {
		if (random.nextInt(100) < 2) {
			return today.minusDays(random.nextInt(21));
		}
		return today.minusDays(random.nextInt(365 * years));
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static List<String> distinct(Random random, String[] values, int count) {
		List<String> shuffled = new ArrayList<>(List.of(values));
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, count);
	}

}
