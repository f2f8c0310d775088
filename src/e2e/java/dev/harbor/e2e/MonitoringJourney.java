package dev.harbor.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of the production jar: liveness and readiness for the load
 * balancer and Prometheus metrics on the management port only, and JSON logs that carry
 * no client's name while a clinician works with her clients.
 */
class MonitoringJourney {

	/** The demo practice's clients, who must never appear in a log line. */
	private static final List<String> CLIENT_NAMES = List.of("Juniper", "Noor Haddad", "Rowan Ashby", "Elif Demir");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void health_and_metrics_on_the_management_port_and_no_client_in_the_json_logs() throws Exception {
		try (HarborServer server = HarborServer.start("--logging.structured.format.console=ecs");
				Browser browser = new Browser()) {
			assertThat(get(server.managementUrl("actuator/health/liveness")).body()).contains("\"status\":\"UP\"");
			assertThat(get(server.managementUrl("actuator/health/readiness")).body()).contains("\"status\":\"UP\"");
			assertThat(get(server.managementUrl("actuator/env")).statusCode()).isIn(403, 404);
			assertThat(get(server.url("actuator/health")).body()).doesNotContain("\"status\":\"UP\"");

			Page page = browser.newPage(1280, 860);
			page.navigate(server.url("login"));
			MainJourney.signIn(page, "maya.okafor@harbor.example", "not-the-password");
			assertThat(page.getByText("That didn't work")).isVisible();
			MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
			page.locator("vaadin-grid")
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Juniper Hale"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Juniper Hale")))
				.isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();

			String metrics = get(server.managementUrl("actuator/prometheus")).body();
			assertThat(metrics).containsPattern("(?m)^harbor_vaadin_sessions(\\{[^}]*\\})? [1-9]")
				.containsPattern("(?m)^harbor_vaadin_uis(\\{[^}]*\\})? [1-9]")
				.containsPattern("(?m)^harbor_vaadin_roundtrip_seconds_count(\\{[^}]*\\})? [1-9]")
				.containsPattern("(?m)^harbor_sign_in_failures_total\\{[^}]*reason=\"WRONG_PASSWORD\"[^}]*\\} 1")
				.contains("hikaricp_connections_active");
			assertThat(metrics).doesNotContain("maya.okafor", "Juniper");
			// Spring Security's per-filter observations cost CPU on every request and are
			// switched off (decision 0048); the requests are still counted above.
			assertThat(metrics).doesNotContain("spring_security_").contains("http_server_requests_seconds_count");

			String log = server.logText();
			assertThat(log.lines().filter(line -> line.startsWith("{\"@timestamp\""))).isNotEmpty();
			assertThat(log).doesNotContain(CLIENT_NAMES.toArray(String[]::new));
		}
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
