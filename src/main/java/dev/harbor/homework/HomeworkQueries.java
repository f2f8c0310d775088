package dev.harbor.homework;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The homework figures, as SQL aggregates: a page never loads every practice to count
 * them. Runs inside the calling service's transaction; the caller flushes first when it
 * has just changed something.
 */
@Repository
class HomeworkQueries {

	private final JdbcClient jdbc;

	HomeworkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Practice per assignment and calendar day: how many, the distress sums, the latest.
	 */
	record PracticeDay(long assignmentId, LocalDate day, int count, int distressBeforeSum, int distressAfterSum,
			LocalDateTime latest) {
	}

	/** An active plan on my caseload with the day of its last practice, if any. */
	record ActivePlan(long assignmentId, long clientId, String clientName, String exerciseName, LocalDate start,
			@Nullable LocalDate end, Rhythm rhythm, @Nullable LocalDate lastPractice) {
	}

	List<PracticeDay> practiceDaysOf(long clientId) {
		return jdbc.sql("""
				select assignment_id, happened_on, count(*) as n, sum(distress_before) as before_sum,
				       sum(distress_after) as after_sum, max(happened_at) as latest
				from completion
				where client_id = :client and struck_out = false
				group by assignment_id, happened_on""")
			.param("client", clientId)
			.query((row, n) -> new PracticeDay(row.getLong("assignment_id"), localDate(row.getObject("happened_on")),
					row.getInt("n"), row.getInt("before_sum"), row.getInt("after_sum"),
					row.getTimestamp("latest").toLocalDateTime()))
			.list();
	}

	/**
	 * Query 1 of the dashboard panel: my clients' active plans and their last practice.
	 */
	List<ActivePlan> activePlansOf(long clinicianId) {
		return jdbc.sql("""
				select a.id, a.client_id, c.display_name, a.name, a.start_date, a.end_date,
				       a.rhythm_kind, a.rhythm_times, a.rhythm_days,
				       (select max(x.happened_on) from completion x
				        where x.assignment_id = a.id and x.struck_out = false) as last_practice
				from homework_assignment a join client c on c.id = a.client_id
				where c.clinician_id = :me and c.status = 'ACTIVE' and a.status = 'ACTIVE'""")
			.param("me", clinicianId)
			.query((row, n) -> new ActivePlan(row.getLong("id"), row.getLong("client_id"),
					row.getString("display_name"), row.getString("name"), localDate(row.getObject("start_date")),
					nullableDate(row.getObject("end_date")),
					StoredRhythm.of(row.getString("rhythm_kind"), (Integer) row.getObject("rhythm_times"),
							row.getString("rhythm_days")),
					nullableDate(row.getObject("last_practice"))))
			.list();
	}

	/** Query 2: the history of those plans, oldest first, for their pauses. */
	Map<Long, List<StatusChangeView>> historiesOfActivePlans(long clinicianId) {
		Map<Long, List<StatusChangeView>> histories = new HashMap<>();
		jdbc.sql("""
				select s.assignment_id, s.status, s.effective_on, s.changed_at
				from assignment_status_change s
				join homework_assignment a on a.id = s.assignment_id
				join client c on c.id = a.client_id
				where c.clinician_id = :me and c.status = 'ACTIVE' and a.status = 'ACTIVE'
				order by s.assignment_id, s.effective_on, s.id""").param("me", clinicianId).query(row -> {
			histories.computeIfAbsent(row.getLong("assignment_id"), id -> new ArrayList<>())
				.add(new StatusChangeView(AssignmentStatus.valueOf(row.getString("status")),
						localDate(row.getObject("effective_on")), row.getTimestamp("changed_at").toInstant()));
		});
		return histories;
	}

	/**
	 * Query 3: the newest practices on my caseload since a day. The day bounds the rows
	 * read per client (index on client and day), whatever the years of history.
	 */
	List<RecentPractice> recentPracticeOf(long clinicianId, LocalDate since, int limit) {
		return jdbc.sql("""
				select x.assignment_id, x.client_id, c.display_name, a.name, x.happened_at, x.minutes,
				       x.distress_before, x.distress_after
				from completion x
				join homework_assignment a on a.id = x.assignment_id
				join client c on c.id = x.client_id
				where c.clinician_id = :me and x.happened_on >= :since and x.struck_out = false
				order by x.happened_at desc, x.id desc
				fetch first :limit rows only""")
			.param("me", clinicianId)
			.param("since", since)
			.param("limit", limit)
			.query((row, n) -> new RecentPractice(row.getLong("client_id"), row.getString("display_name"),
					row.getString("name"), row.getTimestamp("happened_at").toLocalDateTime(), row.getInt("minutes"),
					row.getInt("distress_before"), row.getInt("distress_after")))
			.list();
	}

	private static @Nullable LocalDate nullableDate(@Nullable Object value) {
		return value == null ? null : localDate(value);
	}

	/** H2 and PostgreSQL drivers hand dates back as different types. */
	private static LocalDate localDate(Object value) {
		return switch (value) {
			case LocalDate date -> date;
			case java.sql.Date date -> date.toLocalDate();
			case Timestamp timestamp -> timestamp.toLocalDateTime().toLocalDate();
			default -> LocalDate.parse(value.toString());
		};
	}

}
