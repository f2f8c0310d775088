package dev.harbor.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * What the connection pool does on its own after {@code maxLifetime} (30 minutes by
 * default): every connection it holds is closed and replaced by a new one. Tests call it
 * to reach that state at once instead of waiting half an hour. The pool must allow
 * suspension, so that it opens nothing new while the old connections close.
 */
public final class PoolRollover {

	private PoolRollover() {
	}

	/**
	 * Retires every connection the pool holds now, then opens as many fresh ones as it
	 * had, so that what follows runs only on connections opened after the schema was
	 * migrated.
	 */
	public static void retireEveryConnection(DataSource dataSource) throws SQLException, InterruptedException {
		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		int held = Math.max(1, pool.getTotalConnections());
		pool.suspendPool();
		try {
			pool.softEvictConnections();
			// The pool closes evicted connections on a thread of its own.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (pool.getTotalConnections() > 0) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The pool did not close its connections within 10 s");
				}
				Thread.sleep(10);
			}
		}
		finally {
			pool.resumePool();
		}
		List<Connection> fresh = new ArrayList<>();
		try {
			for (int i = 0; i < held; i++) {
				fresh.add(dataSource.getConnection());
			}
		}
		finally {
			for (Connection connection : fresh) {
				connection.close();
			}
		}
	}

}
