package dev.harbor.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.harbor.client.ClientToReview;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The diary's figures as SQL aggregates over the indexed tables: counts per need and
 * relationship, intensity per feeling and day, tallies of traps, behaviours, needs and
 * feelings, and what waits for review across a caseload. No entry is loaded to count it.
 */
@Repository
class DiaryQueries {

	private static final String IN_PERIOD = "e.client_id = :client and e.happened_on between :from and :to";

	private final JdbcClient jdbc;

	DiaryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DiaryPatterns patterns(long clientId, LocalDate from, LocalDate to) {
		Integer entries = period(jdbc.sql("select count(*) from diary_entry e where " + IN_PERIOD), clientId, from, to)
			.query(Integer.class)
			.single();
		Map<Need, Map<DiaryRelationship, Integer>> needsByRelationship = new EnumMap<>(Need.class);
		period(jdbc.sql("""
				select n.need, e.relationship, count(*) as n from diary_need n
				join diary_entry e on e.id = n.entry_id where %s group by n.need, e.relationship"""
			.formatted(IN_PERIOD)), clientId, from, to).query(row -> {
				needsByRelationship
					.computeIfAbsent(Need.valueOf(row.getString("need")),
							need -> new EnumMap<>(DiaryRelationship.class))
					.put(DiaryRelationship.valueOf(row.getString("relationship")), row.getInt("n"));
			});
		return new DiaryPatterns(from, to, entries == null ? 0 : entries, needsByRelationship,
				feelingsByWeek(clientId, from, to),
				tally("diary_trap", "trap", ThinkingTrap::valueOf, clientId, from, to),
				tally("diary_behaviour", "behaviour", Behaviour::valueOf, clientId, from, to),
				tally("diary_need", "need", Need::valueOf, clientId, from, to),
				tally("diary_feeling", "feeling", Feeling::valueOf, clientId, from, to));
	}

	/** Per client on my caseload: entries not yet reviewed, and entries flagged. */
	List<ClientToReview> toReview(long clinicianId) {
		return jdbc.sql("""
				select c.id, c.display_name,
				       sum(case when e.reviewed_at is null then 1 else 0 end) as unreviewed,
				       sum(case when e.flagged then 1 else 0 end) as flagged
				from diary_entry e join client c on c.id = e.client_id
				where c.clinician_id = :me and (e.reviewed_at is null or e.flagged)
				group by c.id, c.display_name""")
			.param("me", clinicianId)
			.query((row, n) -> new ClientToReview(row.getLong("id"), row.getString("display_name"),
					row.getInt("unreviewed"), row.getInt("flagged")))
			.list();
	}

	private List<FeelingWeek> feelingsByWeek(long clientId, LocalDate from, LocalDate to) {
		Map<LocalDate, Map<Feeling, long[]>> weeks = new TreeMap<>();
		period(jdbc.sql("""
				select f.feeling, e.happened_on, sum(f.intensity) as total, count(*) as n from diary_feeling f
				join diary_entry e on e.id = f.entry_id where %s group by f.feeling, e.happened_on"""
			.formatted(IN_PERIOD)), clientId, from, to).query(row -> {
				LocalDate monday = row.getObject("happened_on", LocalDate.class)
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				long[] sums = weeks.computeIfAbsent(monday, week -> new EnumMap<>(Feeling.class))
					.computeIfAbsent(Feeling.valueOf(row.getString("feeling")), feeling -> new long[2]);
				sums[0] += row.getLong("total");
				sums[1] += row.getLong("n");
			});
		List<FeelingWeek> result = new ArrayList<>();
		weeks.forEach((monday, feelings) -> feelings.forEach((feeling, sums) -> result
			.add(new FeelingWeek(monday, feeling, (double) sums[0] / sums[1], (int) sums[1]))));
		return result;
	}

	private <T> List<Tally<T>> tally(String table, String column, Function<String, T> parse, long clientId,
			LocalDate from, LocalDate to) {
		List<Tally<T>> tallies = period(jdbc.sql("""
				select x.%s as item, count(*) as n from %s x join diary_entry e on e.id = x.entry_id
				where %s group by x.%s""".formatted(column, table, IN_PERIOD, column)), clientId, from, to)
			.query((row, n) -> new Tally<>(parse.apply(row.getString("item")), row.getInt("n")))
			.list();
		return tallies.stream()
			.sorted(Comparator.comparingInt((Tally<T> tally) -> -tally.count())
				.thenComparing(tally -> tally.item().toString()))
			.toList();
	}

	private static JdbcClient.StatementSpec period(JdbcClient.StatementSpec statement, long clientId, LocalDate from,
			LocalDate to) {
		return statement.param("client", clientId).param("from", from).param("to", to);
	}

}
