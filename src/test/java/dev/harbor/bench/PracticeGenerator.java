package dev.harbor.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A synthetic practice for benchmarks: clinicians, clients with attachment histories,
 * goals and patterns, written with batched JDBC. The same seed gives the same practice.
 * One clinician (the first) gets a caseload of a chosen size; the others share the rest.
 */
public final class PracticeGenerator {

	/**
	 * Where generated ids start, far above anything the app itself allocates in a run.
	 */
	private static final long FIRST_ID = 1_000_000;

	private static final String[] FIRST = { "Ada", "Ben", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines",
			"Jonas", "Kaito", "Lena", "Mateo", "Noor", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tove", "Uma", "Viktor",
			"Wen", "Ximena", "Yusuf", "Zoë" };

	private static final String[] LAST = { "Aalto", "Brandt", "Costa", "Demir", "Eklund", "Fischer", "Garcia", "Haddad",
			"Ivanova", "Jansen", "Kowalski", "Larsen", "Moreno", "Nakamura", "Okafor", "Petrov", "Quist", "Reyes",
			"Silva", "Tanaka", "Ueda", "Vogt", "Weiss", "Yilmaz", "Zhou" };

	private static final String[] PATTERNS = { "PEOPLE_PLEASING", "TROUBLE_SAYING_NO", "DOING_EVERYTHING_ALONE",
			"PULLING_AWAY", "CLINGING", "REASSURANCE_SEEKING" };

	private static final String[] STATUSES = { "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "DISCHARGED" };

	private final JdbcTemplate jdbc;

	private final Random random;

	private final Instant now;

	public PracticeGenerator(JdbcTemplate jdbc, long seed, Instant now) {
		this.jdbc = jdbc;
		this.random = new Random(seed);
		this.now = now;
	}

	/**
	 * What was made: the clinicians' ids (the first has the big caseload) and its
	 * clients.
	 */
	public record Practice(List<Long> clinicianIds, List<Long> focusCaseload, int clients, int positions, int goals) {
	}

	public Practice generate(int clinicians, int clients, int focusCaseload, String passwordHash) {
		List<Long> clinicianIds = insertClinicians(clinicians, passwordHash);
		List<Object[]> clientRows = new ArrayList<>();
		List<Object[]> positionRows = new ArrayList<>();
		List<Object[]> goalRows = new ArrayList<>();
		List<Object[]> patternRows = new ArrayList<>();
		List<Long> focus = new ArrayList<>();
		long positionId = FIRST_ID;
		long goalId = FIRST_ID;
		for (int i = 0; i < clients; i++) {
			long id = FIRST_ID + i;
			long clinician = i < focusCaseload ? clinicianIds.getFirst()
					: clinicianIds.get(1 + random.nextInt(clinicianIds.size() - 1));
			if (i < focusCaseload) {
				focus.add(id);
			}
			LocalDate start = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusDays(random.nextInt(900));
			int readings = random.nextInt(5);
			BigDecimal anxiety = dial();
			BigDecimal avoidance = dial();
			for (int r = 0; r < readings; r++) {
				anxiety = drift(anxiety);
				avoidance = drift(avoidance);
				positionRows.add(new Object[] { positionId++, id, anxiety, avoidance, "PARTNER",
						Date.valueOf(start.plusDays(30L * r)), Timestamp.from(now), clinician });
			}
			for (int g = random.nextInt(4); g > 0; g--) {
				goalRows
					.add(new Object[] { goalId++, id, "Goal " + g + " of client " + i, "OPEN", Timestamp.from(now) });
			}
			for (int p = 0; p < PATTERNS.length; p++) {
				if (random.nextInt(4) == 0) {
					patternRows.add(new Object[] { id, PATTERNS[p] });
				}
			}
			Instant lastActivity = now.minus(random.nextInt(400 * 24), ChronoUnit.HOURS);
			clientRows.add(new Object[] { id, clinician, name(), String.format("BX-%06d", i),
					STATUSES[random.nextInt(STATUSES.length)], Date.valueOf(start), Timestamp.from(now),
					Timestamp.from(lastActivity), readings == 0 ? null : anxiety, readings == 0 ? null : avoidance });
		}
		batch("""
				insert into client (id, version, clinician_id, display_name, reference_code, status, start_date,
				                    created_at, last_activity_at, current_anxiety, current_avoidance)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clientRows);
		batch("""
				insert into attachment_position (id, client_id, anxiety, avoidance, relationship, observed_on,
				                                 recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", positionRows);
		batch("insert into treatment_goal (id, version, client_id, description, status, created_at) values (?, 0, ?, ?, ?, ?)",
				goalRows);
		batch("insert into client_pattern (client_id, pattern) values (?, ?)", patternRows);
		return new Practice(clinicianIds, focus, clients, positionRows.size(), goalRows.size());
	}

	private List<Long> insertClinicians(int count, String passwordHash) {
		List<Object[]> rows = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = FIRST_ID + i;
			ids.add(id);
			rows.add(new Object[] { id, "clinician" + i + "@bench.example", "Clinician " + i, passwordHash,
					Timestamp.from(now) });
		}
		batch("""
				insert into user_account (id, version, email, display_name, password_hash, role, enabled,
				                          prefers_dark_theme, must_change_password, failed_logins, created_at)
				values (?, 0, ?, ?, ?, 'CLINICIAN', true, false, false, 0, ?)""", rows);
		return ids;
	}

	private void batch(String sql, List<Object[]> rows) {
		batch(jdbc, sql, rows);
	}

	static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		jdbc.batchUpdate(sql, rows, 1000, (PreparedStatement statement, Object[] row) -> {
			for (int i = 0; i < row.length; i++) {
				set(statement, i + 1, row[i]);
			}
		});
	}

	private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, java.sql.Types.NUMERIC);
		}
		else {
			statement.setObject(index, value);
		}
	}

	private String name() {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

	private BigDecimal dial() {
		return BigDecimal.valueOf(10 + random.nextInt(61), 1);
	}

	private BigDecimal drift(BigDecimal dial) {
		BigDecimal moved = dial.add(BigDecimal.valueOf(random.nextInt(11) - 5, 1));
		return moved.max(BigDecimal.ONE).min(BigDecimal.valueOf(7)).setScale(1, RoundingMode.UNNECESSARY);
	}

}
