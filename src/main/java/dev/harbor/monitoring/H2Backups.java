package dev.harbor.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * For a practice on one machine (H2, no PostgreSQL): H2's own online backup on the
 * schedule the practice sets ({@code HARBOR_H2_BACKUP_CRON}, a Spring cron expression
 * such as {@code 0 30 1 * * *} for 01:30 every night), into {@code HARBOR_H2_BACKUP_DIR},
 * keeping the newest {@code HARBOR_H2_BACKUP_KEEP}. {@code BACKUP TO} copies a consistent
 * state while Harbor runs. Off unless the schedule is set and the database is an H2 file;
 * how to restore is in docs/operations.md.
 */
@Component
@ConditionalOnExpression("'${harbor.h2-backup.cron:}' != '' and '${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
public class H2Backups {

	private static final Logger log = LoggerFactory.getLogger(H2Backups.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final Path directory;

	private final int keep;

	private final Clock clock;

	public H2Backups(JdbcTemplate jdbc, @Value("${harbor.h2-backup.dir}") Path directory,
			@Value("${harbor.h2-backup.keep:14}") int keep, Clock clock) {
		if (keep < 1) {
			throw new IllegalArgumentException("HARBOR_H2_BACKUP_KEEP must be at least 1, not " + keep);
		}
		this.jdbc = jdbc;
		this.directory = directory;
		this.keep = keep;
		this.clock = clock;
	}

	/**
	 * Writes one backup (a ZIP of the database) and deletes the oldest beyond the number
	 * kept.
	 * @return the new backup
	 */
	@Scheduled(cron = "${harbor.h2-backup.cron}")
	public Path backUp() {
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve("harbor-" + STAMP.format(clock.instant()) + ".zip");
			Path partial = directory.resolve(file.getFileName() + ".partial");
			// Written under another name first, so a half-written file never looks like a
			// backup. The path is ours, not a person's words.
			jdbc.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
			Files.move(partial, file);
			rotate();
			log.info("H2 backup written: {}", file.getFileName());
			return file;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private void rotate() throws IOException {
		List<Path> backups;
		try (Stream<Path> files = Files.list(directory)) {
			backups = files.filter(file -> file.getFileName().toString().matches("harbor-\\d{8}T\\d{6}Z\\.zip"))
				.sorted()
				.toList();
		}
		for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
			Files.delete(old);
		}
	}

}
