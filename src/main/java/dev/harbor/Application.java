package dev.harbor;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.harbor.common.PracticeTimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Harbor: between-session homework, diaries and session summaries for attachment-focused
 * therapy. This class is also the Vaadin app shell, so the page-wide styling lives here.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/harbor.css")
@ColorScheme(ColorScheme.Value.LIGHT)
public class Application implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Harbor");
		settings.addFavIcon("icon", "icons/harbor.svg", "any");
	}

	/**
	 * One clock for the whole app, so that tests can move time instead of sleeping. It
	 * runs in the practice's time zone: "today" is the practice's today for every service
	 * and every screen alike (decision 0023).
	 */
	@Bean
	Clock clock(@Value("${harbor.practice.time-zone:}") String timeZone) {
		return Clock.system(PracticeTimeZone.parse(timeZone));
	}

}
