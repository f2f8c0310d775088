package dev.harbor.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Years of homework for a caseload, written straight into the tables: per client a daily
 * paced-breathing plan running for five years (about two days in three practised) and a
 * three-times-a-week plan for the last year. About 400,000 practices for 300 clients.
 */
final class HomeworkGenerator {

	private static final long FIRST_ID = 1_000_000;

	private static final int CHUNK = 20_000;

	private static final String COMPLETION = """
			insert into completion (id, version, assignment_id, client_id, happened_at, happened_on, minutes,
			                        distress_before, distress_after, note, entered_by, entered_by_kind, entered_at,
			                        struck_out)
			values (?, 0, ?, ?, ?, ?, ?, ?, ?, null, ?, 'CLINICIAN', ?, false)""";

	private final JdbcTemplate jdbc;

	private final Random random = new Random(11);

	private final LocalDate today;

	private long assignmentId = FIRST_ID;

	private long completionId = FIRST_ID;

	private final List<Object[]> completions = new ArrayList<>();

	private int written;

	HomeworkGenerator(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	/** Returns how many practices were written. */
	int generate(List<Long> clients, long clinicianId) {
		for (long client : clients) {
			plan(client, clinicianId, today.minusYears(5), "DAILY", null, 0.66);
			plan(client, clinicianId, today.minusYears(1), "TIMES_PER_WEEK", 3, 0.30);
		}
		flush();
		return written;
	}

	private void plan(long client, long clinicianId, LocalDate start, String rhythm, Integer times, double chance) {
		long id = assignmentId++;
		Timestamp assignedAt = Timestamp.valueOf(start.atTime(9, 0));
		jdbc.update("""
				insert into homework_assignment (id, version, client_id, built_in_key, category, name, purpose,
				    start_date, rhythm_kind, rhythm_times, target_minutes, status, assigned_by, assigned_at)
				values (?, 0, ?, 'paced_breathing', 'CALMING_THE_BODY', 'Paced breathing', 'Slow breathing.',
				    ?, ?, ?, 3, 'ACTIVE', ?, ?)""", id, client, Date.valueOf(start), rhythm, times, clinicianId,
				assignedAt);
		jdbc.update("""
				insert into assignment_status_change (id, assignment_id, status, effective_on, changed_at, changed_by)
				values (?, ?, 'ACTIVE', ?, ?, ?)""", id, id, Date.valueOf(start), assignedAt, clinicianId);
		// Some plans have gone quiet lately, so the dashboard has something to find.
		LocalDate last = random.nextInt(5) == 0 ? today.minusDays(3 + random.nextInt(20)) : today;
		for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
			if (random.nextDouble() < chance) {
				int before = 3 + random.nextInt(6);
				Instant entered = day.atTime(20, 0).toInstant(ZoneOffset.UTC);
				completions.add(new Object[] { completionId++, id, client, Timestamp.valueOf(day.atTime(8, 15)),
						Date.valueOf(day), 3 + random.nextInt(5), before, Math.max(0, before - random.nextInt(4)),
						clinicianId, Timestamp.from(entered) });
				if (completions.size() >= CHUNK) {
					flush();
				}
			}
		}
	}

	private void flush() {
		PracticeGenerator.batch(jdbc, COMPLETION, completions);
		written += completions.size();
		completions.clear();
	}

}
