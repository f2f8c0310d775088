package dev.harbor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import dev.harbor.Application;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;
import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.reading.Reading;
import dev.harbor.reading.ReadingService;
import dev.harbor.report.HandoutRequest;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryRequest;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes the sample PDFs in {@code docs/samples/} from the demo practice: Juniper Hale's
 * summary for the last eight weeks on A4 (with her name) and on US Letter (reference code
 * only), her homework handout for two weeks and her plan for keeping what she built; and
 * for Elif Demir, who reads Dutch, a handout (after giving her two exercises) and a
 * reading. Run with {@code ./mvnw -Pbench test-compile exec:java
 * -Dbench.main=dev.harbor.bench.SampleReports}.
 */
public final class SampleReports {

	private SampleReports() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Files.createTempDirectory("harbor-samples");
		String[] arguments = { "--harbor.data-dir=" + data, "--spring.profiles.active=demo", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--harbor.practice.name=Harbor Practice" };
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(arguments)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Long maya = jdbc.queryForObject("select id from user_account where email = 'maya.okafor@harbor.example'",
					Long.class);
			Long juniper = jdbc.queryForObject("select id from client where display_name = 'Juniper Hale'", Long.class);
			HarborUser user = HarborUser.of(maya, "maya.okafor@harbor.example", "Maya Okafor", Role.CLINICIAN);
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			LocalDate today = LocalDate.ofInstant(app.getBean(Clock.class).instant(), ZoneOffset.UTC);
			ReportService reports = app.getBean(ReportService.class);
			Path samples = Files.createDirectories(Path.of("docs", "samples"));
			Files.write(samples.resolve("summary-a4.pdf"),
					reports
						.clientSummary(juniper, new SummaryRequest(today.minusWeeks(8), today, Paper.A4, false),
								Locale.ENGLISH)
						.content());
			Files.write(samples.resolve("summary-letter-reference-code.pdf"),
					reports
						.clientSummary(juniper, new SummaryRequest(today.minusWeeks(8), today, Paper.LETTER, true),
								Locale.ENGLISH)
						.content());
			Files.write(samples.resolve("handout-a4.pdf"),
					reports.clientHandout(juniper, new HandoutRequest(2, Paper.A4)).content());
			Files.write(samples.resolve("plan-a4.pdf"),
					app.getBean(KeepingPlanService.class).planPdf(juniper, Paper.A4).content());
			Long elif = jdbc.queryForObject("select id from client where display_name = 'Elif Demir'", Long.class);
			HomeworkService homework = app.getBean(HomeworkService.class);
			homework.assignHomework(elif, new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"), today, null,
					new Rhythm.Daily(), 3, null, "Probeer het na het ontbijt, een paar minuten."));
			homework.assignHomework(elif, new NewAssignment(new TemplateRef.BuiltIn("paced_separation"), today, null,
					new Rhythm.TimesPerWeek(2), 10, null, null));
			Files.write(samples.resolve("handout-nl-a4.pdf"),
					reports.clientHandout(elif, new HandoutRequest(1, Paper.A4)).content());
			Files.write(samples.resolve("reading-nl-a4.pdf"),
					app.getBean(ReadingService.class).readingPdf(elif, Reading.SETBACKS, Paper.A4).content());
			SecurityContextHolder.clearContext();
		}
		System.exit(0);
	}

}
