package dev.harbor.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Batch-print jobs in the database, so that what one instance runs is known to all: a job
 * is written when it starts, counted as it goes and closed when it ends. Every instance
 * beats for its own running jobs; a running job whose beat has been silent for
 * {@code harbor.print.lost-after} (its instance was killed or lost its database) is
 * marked lost by whichever instance sweeps first, so no job stays "running" forever. A
 * stopping instance marks its own running jobs lost at once. Each write is a statement of
 * its own (auto-commit), outside the summaries' transactions.
 */
@Component
class PrintJobs {

	private static final Logger log = LoggerFactory.getLogger(PrintJobs.class);

	/** How many of a clinician's latest batches the print page lists. */
	static final int RECENT = 5;

	/** This process: a job belongs to the instance that runs its worker. */
	private final String instance = UUID.randomUUID().toString();

	/**
	 * The jobs this instance runs now: an idle instance neither beats nor, as it stops,
	 * reaches for a database that may already be gone.
	 */
	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration lostAfter;

	PrintJobs(JdbcTemplate jdbc, Clock clock, @Value("${harbor.print.lost-after:2m}") Duration lostAfter) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lostAfter = lostAfter;
	}

	long started(long accountId, int total) {
		Timestamp now = Timestamp.from(clock.instant());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					insert into print_job (account_id, instance_id, state, total, done, printed, failed, started_at,
					    heartbeat_at)
					values (?, ?, 'RUNNING', ?, 0, 0, 0, ?, ?)""", new String[] { "id" });
			insert.setLong(1, accountId);
			insert.setString(2, instance);
			insert.setInt(3, total);
			insert.setTimestamp(4, now);
			insert.setTimestamp(5, now);
			return insert;
		}, key);
		long job = key.getKeyAs(Number.class).longValue();
		running.add(job);
		return job;
	}

	void progressed(long job, int done) {
		jdbc.update("update print_job set done = ?, heartbeat_at = ? where id = ? and state = 'RUNNING'", done,
				Timestamp.from(clock.instant()), job);
	}

	/**
	 * Closes a job that ran to its end (or was stopped by the clinician). A job already
	 * marked lost stays lost: its result was not kept where the clinician could reach it.
	 */
	void finished(long job, BatchResult result) {
		running.remove(job);
		jdbc.update("""
				update print_job set state = ?, printed = ?, failed = ?, finished_at = ?
				where id = ? and state = 'RUNNING'""",
				(result.cancelled() ? PrintJobState.STOPPED : PrintJobState.DONE).name(), result.printed(),
				result.failed().size(), Timestamp.from(clock.instant()), job);
	}

	/** A job that broke off for a reason of our own, not one summary's. */
	void failed(long job) {
		running.remove(job);
		jdbc.update("update print_job set state = 'FAILED', finished_at = ? where id = ? and state = 'RUNNING'",
				Timestamp.from(clock.instant()), job);
	}

	/** This instance is alive: its running jobs are too. */
	@Scheduled(fixedDelayString = "${harbor.print.beat-every-ms:30000}",
			initialDelayString = "${harbor.print.beat-every-ms:30000}")
	void beat() {
		if (running.isEmpty()) {
			return;
		}
		jdbc.update("update print_job set heartbeat_at = ? where instance_id = ? and state = 'RUNNING'",
				Timestamp.from(clock.instant()), instance);
	}

	/**
	 * Marks lost every running job, on any instance, whose beat has been silent too long.
	 * @return how many
	 */
	@Scheduled(fixedDelayString = "${harbor.print.sweep-every-ms:30000}",
			initialDelayString = "${harbor.print.sweep-every-ms:30000}")
	int sweep() {
		Instant now = clock.instant();
		int lost = jdbc.update("""
				update print_job set state = 'LOST', finished_at = ?
				where state = 'RUNNING' and heartbeat_at < ?""", Timestamp.from(now),
				Timestamp.from(now.minus(lostAfter)));
		if (lost > 0) {
			log.warn("{} batch-print job(s) marked lost: their instance stopped beating", lost);
		}
		return lost;
	}

	/** A stopping instance does not leave its jobs for the sweep. */
	@PreDestroy
	void stopping() {
		if (running.isEmpty()) {
			return;
		}
		running.clear();
		try {
			int lost = jdbc.update("""
					update print_job set state = 'LOST', finished_at = ?
					where instance_id = ? and state = 'RUNNING'""", Timestamp.from(clock.instant()), instance);
			if (lost > 0) {
				log.info("{} batch-print job(s) marked lost as this instance stops", lost);
			}
		}
		catch (DataAccessException unreachable) {
			// The database went first; another instance's sweep marks the jobs instead.
			log.warn("Could not mark this instance's batch-print jobs as it stops: {}",
					unreachable.getClass().getSimpleName());
		}
	}

	List<PrintJobView> recentOf(long accountId) {
		return jdbc.query("""
				select state, total, done, printed, failed, started_at from print_job
				where account_id = ? order by started_at desc, id desc
				fetch first %d rows only""".formatted(RECENT),
				(row, n) -> new PrintJobView(PrintJobState.valueOf(row.getString("state")), row.getInt("total"),
						row.getInt("done"), row.getInt("printed"), row.getInt("failed"),
						row.getTimestamp("started_at").toInstant()),
				accountId);
	}

}
