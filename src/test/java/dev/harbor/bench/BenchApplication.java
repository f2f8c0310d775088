package dev.harbor.bench;

import java.util.HashMap;
import java.util.Map;

import dev.harbor.Application;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started for a benchmark: on the given database, with a first
 * admin from the settings, no web port of its own and quiet logs.
 */
final class BenchApplication {

	private BenchApplication() {
	}

	static ConfigurableApplicationContext start(String url, String user, String password, Map<String, String> extra) {
		Map<String, String> settings = new HashMap<>(extra);
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", user);
		settings.put("spring.datasource.password", password);
		settings.put("HARBOR_ADMIN_EMAIL", "bench@bench.example");
		settings.put("HARBOR_ADMIN_PASSWORD", "benchmark-password");
		settings.put("server.port", "0");
		settings.put("spring.main.banner-mode", "off");
		settings.put("logging.level.root", "warn");
		// As arguments, not default properties: those rank below application.properties.
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(Application.class).run(arguments);
	}

}
