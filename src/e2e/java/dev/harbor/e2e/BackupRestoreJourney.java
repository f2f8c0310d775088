package dev.harbor.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup an operator takes, restored, as docs/operations.md says: a practice on
 * Debian's PostgreSQL, worked in through the browser, backed up with
 * {@code docker/backup/harbor-backup.sh}, the database wiped, restored with
 * {@code harbor-restore.sh}; every table's count and the audit chain's checksum
 * ({@code harbor-counts.sh}) are the same as before, and Harbor started on the restored
 * database finds its own audit trail whole.
 */
class BackupRestoreJourney {

	private static final String DATABASE = "harbor";

	@Test
	void a_practice_backed_up_wiped_and_restored_comes_back_whole_with_its_audit_trail_intact() throws Exception {
		try (DebianPostgres postgres = DebianPostgres.start()) {
			postgres.createDatabase(DATABASE);
			Map<String, String> libpq = postgres.clientEnvironment(DATABASE);
			String[] onPostgres = { "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
					"--spring.datasource.username=" + DebianPostgres.USER, "--spring.datasource.password=",
					"--harbor.audit.seal-every-ms=500" };
			try (HarborServer server = HarborServer.start(onPostgres); Browser browser = new Browser()) {
				Page page = browser.newPage(1280, 860);
				page.navigate(server.url("login"));
				MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
				page.locator("vaadin-grid")
					.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Juniper Hale"))
					.click();
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
				awaitSealed(postgres, libpq);
			}
			String before = counts(postgres, libpq);
			assertThat(before).containsPattern("(?m)^diary_entry [1-9]")
				.containsPattern("(?m)^audit_event [1-9]")
				.contains("audit_chain_checksum");

			Path backups = Files.createTempDirectory("harbor-backups");
			Instant backupStart = Instant.now();
			Path file = Path.of(postgres
				.run(List.of("bash", "docker/backup/harbor-backup.sh", backups.toString()), libpq)
				.strip()
				.lines()
				.reduce((first, last) -> last)
				.orElseThrow());
			Duration backup = Duration.between(backupStart, Instant.now());
			assertThat(file).exists().hasFileName(file.getFileName().toString()).isNotEmptyFile();
			assertThat(Path.of(file + ".sha256")).exists();

			// Only the newest HARBOR_BACKUP_KEEP stay.
			Map<String, String> keepTwo = new java.util.HashMap<>(libpq);
			keepTwo.put("HARBOR_BACKUP_KEEP", "2");
			for (int night = 0; night < 2; night++) {
				Thread.sleep(1_100);
				postgres.run(List.of("bash", "docker/backup/harbor-backup.sh", backups.toString()), keepTwo);
			}
			try (var kept = Files.list(backups)) {
				assertThat(kept.filter(path -> path.toString().endsWith(".dump"))).hasSize(2).doesNotContain(file);
			}
			Path newest;
			try (var kept = Files.list(backups)) {
				newest = kept.filter(path -> path.toString().endsWith(".dump")).sorted().toList().getLast();
			}
			file = newest;

			postgres.dropDatabase(DATABASE);
			postgres.createDatabase(DATABASE);
			// A damaged copy is refused before anything is written.
			Path damaged = Files.createTempDirectory("harbor-damaged").resolve(file.getFileName());
			byte[] bytes = Files.readAllBytes(file);
			bytes[bytes.length / 2] ^= 0x01;
			Files.write(damaged, bytes);
			Files.copy(Path.of(file + ".sha256"), Path.of(damaged + ".sha256"));
			Path refused = damaged;
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> postgres
					.run(List.of("bash", "docker/backup/harbor-restore.sh", refused.toString()), libpq))
				.hasMessageContaining("FAILED");
			Instant restoreStart = Instant.now();
			postgres.run(List.of("bash", "docker/backup/harbor-restore.sh", file.toString()), libpq);
			Duration restore = Duration.between(restoreStart, Instant.now());

			assertThat(counts(postgres, libpq)).isEqualTo(before);
			try (HarborServer server = HarborServer.start(onPostgres); Browser browser = new Browser()) {
				Page page = browser.newPage(1280, 860);
				page.navigate(server.url("login"));
				MainJourney.signIn(page, "admin@harbor.example", "harbor-demo-2026");
				page.navigate(server.url("admin/audit"));
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the trail")).click();
				assertThat(page.getByText("The trail holds: all")).isVisible();
			}
			System.out.printf("Backup and restore of the demo practice on Debian's PostgreSQL: backup %d ms (%,d bytes),"
					+ " restore %d ms%n", backup.toMillis(), Files.size(file), restore.toMillis());
		}
	}

	/** Every event the clinician's work left is sealed into the chain. */
	private static void awaitSealed(DebianPostgres postgres, Map<String, String> libpq) throws Exception {
		Instant deadline = Instant.now().plusSeconds(30);
		while (Instant.now().isBefore(deadline)) {
			String unsealed = postgres
				.run(List.of("psql", "-X", "-A", "-t", "-c", "select count(*) from audit_event where seal is null"),
						libpq)
				.strip();
			if (unsealed.equals("0")) {
				return;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The audit trail was not sealed within 30 s");
	}

	private static String counts(DebianPostgres postgres, Map<String, String> libpq) throws Exception {
		return postgres.run(List.of("bash", "docker/backup/harbor-counts.sh"), libpq);
	}

}
