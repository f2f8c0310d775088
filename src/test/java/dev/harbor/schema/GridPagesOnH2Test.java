package dev.harbor.schema;

import java.nio.file.Path;
import java.time.Instant;

import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.H2File;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.SecondApplications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A single-machine practice on H2 reads each grid page in one statement too: H2 gathers
 * the sets of answers into JSON arrays as PostgreSQL does, and the pages show every entry
 * whole (decision 0043).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestAccounts.class, GridPagesOnH2Test.FixedClock.class })
@DirtiesContext
@ExtendWith(SecondApplications.class)
class GridPagesOnH2Test {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void h2File(DynamicPropertyRegistry properties) {
		H2File.in(dataDir, properties);
	}

	/** Whole seconds, so what is read back equals what was written. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		MutableClock testClock() {
			MutableClock clock = new MutableClock();
			clock.set(Instant.parse("2026-11-20T10:00:00Z"));
			return clock;
		}

	}

	@Autowired
	ApplicationContext context;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void the_diary_the_corrective_experiences_and_a_practice_log_show_every_entry_whole_on_h2() {
		WholeEntriesOnAPage story = WholeEntriesOnAPage.in(context);

		story.assertPagesShowEveryEntryWhole(story.write(accounts.clinician("Maya Okafor")));
	}

}
