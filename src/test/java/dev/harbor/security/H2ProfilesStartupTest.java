package dev.harbor.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;

import dev.harbor.Application;
import dev.harbor.testsupport.SecondApplications;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The jar on one machine, the way a person starts it: without a profile it is a real
 * practice that needs its first admin and has no demo; the demo profile has the demo
 * practice; and the demo's published password never opens a practice outside the demo,
 * not even a database the demo once seeded.
 */
@ExtendWith(SecondApplications.class)
class H2ProfilesStartupTest {

	@TempDir
	Path dataDir;

	@Test
	void without_a_profile_and_without_a_first_admin_the_app_refuses_to_start_and_says_what_to_set() {
		assertThatThrownBy(() -> start(null, Map.of()).close()).isInstanceOf(MissingFirstAdminException.class);
	}

	@Test
	void without_a_profile_the_app_creates_only_the_first_admin_lists_no_demo_and_refuses_the_published_password()
			throws Exception {
		try (ConfigurableApplicationContext app = start(null, Map.of("HARBOR_ADMIN_EMAIL", "office@practice.example",
				"HARBOR_ADMIN_PASSWORD", "a-long-enough-password"))) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

			assertThat(jdbc.queryForList("select email from user_account", String.class))
				.containsExactly("office@practice.example");
			assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isZero();
			assertThat(app.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();
			PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
			assertThat(
					encoder.matches(DemoAccounts.PUBLISHED_PASSWORD, encoder.encode(DemoAccounts.PUBLISHED_PASSWORD)))
				.isFalse();
			assertThat(encoder.matches("a-long-enough-password",
					jdbc.queryForObject("select password_hash from user_account", String.class)))
				.isTrue();
			// Authenticator secrets get a key of their own, outside the database.
			Path key = dataDir.resolve(FactorSecrets.KEY_FILE);
			assertThat(key).isRegularFile();
			assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
			assertThat(app.getBean(SecondSteps.class).requiredFor(Role.CLINICIAN)).isFalse();
		}
	}

	@Test
	void the_demo_profile_seeds_the_demo_practice_whose_password_works_only_there() {
		String demoHash;
		try (ConfigurableApplicationContext demo = start("demo", Map.of())) {
			JdbcTemplate jdbc = demo.getBean(JdbcTemplate.class);
			assertThat(demo.getBean(DemoAccounts.class).accounts()).hasSize(4);
			assertThat(demo.getBean(DemoAccounts.class).openInvitation()).isPresent();
			assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isPositive();
			demoHash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
					"maya.okafor@harbor.example");
			assertThat(demo.getBean(PasswordEncoder.class).matches(DemoAccounts.PUBLISHED_PASSWORD, demoHash)).isTrue();
		}

		// The same demo file opened as a practice: the accounts are there, the password
		// is
		// not a way in.
		try (ConfigurableApplicationContext practice = start(null,
				Map.of("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("demo/harbor")))) {
			assertThat(practice.getBean(PasswordEncoder.class).matches(DemoAccounts.PUBLISHED_PASSWORD, demoHash))
				.isFalse();
			assertThat(practice.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();
		}
	}

	/**
	 * Starts the app as from the command line: every setting an argument, so it wins over
	 * application.properties as it would for a person.
	 */
	private ConfigurableApplicationContext start(@Nullable String profile, Map<String, Object> extra) {
		Map<String, Object> settings = new HashMap<>(extra);
		settings.put("harbor.data-dir", dataDir.toString());
		settings.put("server.port", "0");
		settings.put("spring.main.banner-mode", "off");
		if (profile != null) {
			settings.put("spring.profiles.active", profile);
		}
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(Application.class).run(arguments);
	}

}
