package dev.harbor.security;

import java.util.HashMap;
import java.util.Map;

import dev.harbor.Application;
import dev.harbor.testsupport.SecondApplications;
import dev.harbor.testsupport.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole app started the way production starts it: the postgres profile, settings from
 * HARBOR_* variables, an empty database.
 */
@ExtendWith(SecondApplications.class)
class PostgresProfileStartupTest {

	@Test
	void without_a_first_admin_the_app_refuses_to_start_and_says_what_to_set() {
		String url = EmbeddedPostgres.freshDatabase("harbor_no_admin");

		assertThatThrownBy(() -> start(url, Map.of()).close()).isInstanceOf(MissingFirstAdminException.class);
		assertThat(new MissingFirstAdminFailureAnalyzer().analyze(new MissingFirstAdminException(null)).getAction())
			.contains("HARBOR_ADMIN_EMAIL", "HARBOR_ADMIN_PASSWORD");
	}

	@Test
	void a_too_short_admin_password_is_refused_with_the_rule() {
		String url = EmbeddedPostgres.freshDatabase("harbor_short_password");

		assertThatThrownBy(() -> start(url,
				Map.of("HARBOR_ADMIN_EMAIL", "office@practice.example", "HARBOR_ADMIN_PASSWORD", "short"))
			.close()).isInstanceOf(MissingFirstAdminException.class)
			.extracting(ex -> ((MissingFirstAdminException) ex).problem())
			.asString()
			.isEqualTo("HARBOR_ADMIN_PASSWORD needs 12 to 72 bytes");
	}

	@Test
	void with_a_first_admin_the_app_starts_creates_only_that_admin_and_no_demo_data() {
		String url = EmbeddedPostgres.freshDatabase("harbor_first_admin");

		try (ConfigurableApplicationContext app = start(url, Map.of("HARBOR_ADMIN_EMAIL", "Office@Practice.example",
				"HARBOR_ADMIN_PASSWORD", "a-long-enough-password"))) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

			assertThat(jdbc.queryForList("select email from user_account", String.class))
				.containsExactly("office@practice.example");
			assertThat(jdbc.queryForObject("select role from user_account", String.class)).isEqualTo("ADMIN");
			assertThat(jdbc.queryForMap("select actor_label, action, detail from audit_event"))
				.containsEntry("actor_label", "system")
				.containsEntry("action", "CREATE")
				.containsEntry("detail", "first admin, from HARBOR_ADMIN_EMAIL");
			assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isZero();
			assertThat(app.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();
			// Production asks staff for a code from an app unless the admin chooses
			// otherwise.
			assertThat(app.getBean(SecondSteps.class).requiredFor(Role.ADMIN)).isTrue();
			assertThat(app.getBean(SecondSteps.class).requiredFor(Role.CLINICIAN)).isTrue();
		}
	}

	@Test
	void without_a_key_for_authenticator_secrets_the_app_refuses_to_start_and_says_what_to_set() {
		String url = EmbeddedPostgres.freshDatabase("harbor_no_secret_key");
		Map<String, Object> noKey = new HashMap<>(Map.of("HARBOR_ADMIN_EMAIL", "office@practice.example",
				"HARBOR_ADMIN_PASSWORD", "a-long-enough-password"));
		noKey.put("HARBOR_SECRET_KEY", "");

		assertThatThrownBy(() -> start(url, noKey).close())
			.hasRootCauseInstanceOf(FactorSecrets.MissingSecretKeyException.class);
		assertThat(new MissingSecretKeyFailureAnalyzer().analyze(new FactorSecrets.MissingSecretKeyException())
			.getAction()).contains("HARBOR_SECRET_KEY");
	}

	private static ConfigurableApplicationContext start(String url, Map<String, Object> admin) {
		Map<String, Object> settings = new HashMap<>(admin);
		settings.putIfAbsent("HARBOR_SECRET_KEY", "a-key-of-at-least-thirty-two-characters");
		settings.put("HARBOR_DB_URL", url);
		settings.put("HARBOR_DB_USER", "postgres");
		settings.put("HARBOR_DB_PASSWORD", "postgres");
		settings.put("server.port", "0");
		settings.put("spring.main.banner-mode", "off");
		return new SpringApplicationBuilder(Application.class).profiles("postgres").properties(settings).run();
	}

}
