package dev.harbor.schema;

import java.util.List;
import java.util.Map;

import dev.harbor.testsupport.EmbeddedPostgres;
import jakarta.persistence.Entity;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Flyway migration, from an empty database, then Hibernate's schema validation of
 * every entity against the result: on a real PostgreSQL 17 (production) and on H2 (local
 * runs). No Spring context, so a failure points straight at the migration or the mapping.
 */
class MigrationsTest {

	static List<Database> databases() {
		return List.of(
				new Database("PostgreSQL 17", "postgresql", EmbeddedPostgres.freshDatabase("harbor_migrations"),
						"postgres", "postgres"),
				new Database("H2", "h2", "jdbc:h2:mem:harbor_migrations;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void every_migration_runs_on_an_empty_database_and_every_entity_matches_the_result(Database database)
			throws Exception {
		MigrateResult result = Flyway.configure()
			.dataSource(database.url(), database.user(), database.password())
			.locations("classpath:db/migration", "classpath:db/vendor/" + database.vendor())
			.load()
			.migrate();

		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		int files = resources.getResources("classpath:db/migration/V*.sql").length
				+ resources.getResources("classpath:db/vendor/" + database.vendor() + "/V*.sql").length;
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isEqualTo(files);
		try (SessionFactory validated = validatingSessionFactory(database)) {
			assertThat(validated.getMetamodel().getEntities()).hasSize(entities().size());
		}
	}

	private static SessionFactory validatingSessionFactory(Database database) {
		Configuration configuration = new Configuration();
		entities().forEach(configuration::addAnnotatedClass);
		configuration.setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
		configuration.setImplicitNamingStrategy(new SpringImplicitNamingStrategy());
		Map.of("hibernate.connection.url", database.url(), "hibernate.connection.username", database.user(),
				"hibernate.connection.password", database.password(), "hibernate.hbm2ddl.auto", "validate",
				"hibernate.jdbc.time_zone", "UTC")
			.forEach(configuration::setProperty);
		return configuration.buildSessionFactory();
	}

	private static List<Class<?>> entities() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<Class<?>> entities = scanner.findCandidateComponents("dev.harbor")
			.stream()
			.<Class<?>>map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
			.toList();
		assertThat(entities).as("entities found").isNotEmpty();
		return entities;
	}

	record Database(String name, String vendor, String url, String user, String password) {

		@Override
		public String toString() {
			return name;
		}

	}

}
