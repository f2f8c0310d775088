package dev.harbor.testsupport;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.harbor.security.TestAccounts;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The real application, on embedded PostgreSQL, with a clock tests can move and a log of
 * the SQL a test wants to count.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TestDatabase.class, TestAccounts.class })
public class HarborTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	DataSource dataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(EmbeddedPostgres.freshDatabase("harbor_test"));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(5);
		dataSource.setAllowPoolSuspension(true);
		return ProxyDataSourceBuilder.create(dataSource).name("harbor").listener(new StatementLog()).build();
	}

}
