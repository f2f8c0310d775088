package dev.harbor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL 17 server for the whole test run, started on first use from the
 * jars on the test classpath (no Docker, no installed server) and stopped when the JVM
 * exits.
 */
public final class EmbeddedPostgres {

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
		}
		return server;
	}

	/** A JDBC URL to a database of its own, created empty on first use. */
	public static synchronized String freshDatabase(String name) {
		try (var connection = server().getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the server's data directory is temporary anyway.
		}
	}

}
