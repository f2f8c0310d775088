package dev.harbor.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many wrong passwords a source may try, per account and in all. Each failure takes a
 * token from two buckets: the one of that address and account, and the one of that
 * address. When either is empty the address waits, longer the more it has tried (a few
 * minutes, then hours); the account itself is never locked, so one address guessing a
 * clinician's password cannot keep her out from anywhere else. On PostgreSQL the buckets
 * live in the database and every instance sees the same ones; the one-machine H2 practice
 * keeps them in a bounded memory cache.
 */
@Component
class SignInThrottle {

	/** Per address and account: 5 tries each quarter hour, 20 a day. */
	static final BucketConfiguration PER_ACCOUNT = BucketConfiguration.builder()
		.addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(15)))
		.addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofDays(1)))
		.build();

	/** Per address, across accounts (password spraying): 30 a quarter hour, 200 a day. */
	static final BucketConfiguration PER_ADDRESS = BucketConfiguration.builder()
		.addLimit(limit -> limit.capacity(30).refillGreedy(30, Duration.ofMinutes(15)))
		.addLimit(limit -> limit.capacity(200).refillGreedy(200, Duration.ofDays(1)))
		.build();

	/** Per portal invitation, from anywhere: 10 wrong tries a quarter hour, 30 a day. */
	static final BucketConfiguration PER_INVITATION = BucketConfiguration.builder()
		.addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(15)))
		.addLimit(limit -> limit.capacity(30).refillGreedy(30, Duration.ofDays(1)))
		.build();

	private static final int CACHE_LIMIT = 100_000;

	private final ProxyManager<String> buckets;

	SignInThrottle(DataSource dataSource, Clock clock) {
		TimeMeter time = new ClockTime(clock);
		ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
			.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));
		if (isPostgres(dataSource)) {
			buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("sign_in_bucket")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(expiry)
				.clientClock(time)
				.build();
		}
		else {
			buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(CACHE_LIMIT))
				.expirationAfterWrite(expiry)
				.clientClock(time)
				.build();
		}
	}

	/** Whether a sign-in from this address to this account may be tried now. */
	boolean allows(@Nullable String address, String email) {
		return perAccount(address, email).getAvailableTokens() > 0 && perAddress(address).getAvailableTokens() > 0;
	}

	/** A wrong password (or an unknown account) from this address. */
	void failed(@Nullable String address, String email) {
		perAccount(address, email).tryConsume(1);
		perAddress(address).tryConsume(1);
	}

	/**
	 * Whether an invitation may be redeemed from this address now: the address's bucket
	 * (shared with sign-in) and the invitation's own, whoever tries it.
	 */
	boolean allowsRedeeming(@Nullable String address, String invitationKey) {
		return perAddress(address).getAvailableTokens() > 0 && perInvitation(invitationKey).getAvailableTokens() > 0;
	}

	/**
	 * A wrong try at an invitation (an unknown token, an address that is not its own).
	 */
	void redeemingFailed(@Nullable String address, String invitationKey) {
		perAddress(address).tryConsume(1);
		perInvitation(invitationKey).tryConsume(1);
	}

	private BucketProxy perInvitation(String invitationKey) {
		return bucket("invitation:" + invitationKey, PER_INVITATION);
	}

	/** Clears away buckets that have filled up again, a batch at a time. */
	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	void removeFullBuckets() {
		if (buckets instanceof ExpiredEntriesCleaner cleaner) {
			while (cleaner.removeExpired(1_000) == 1_000) {
				// Another batch.
			}
		}
	}

	private BucketProxy perAccount(@Nullable String address, String email) {
		return bucket("account:" + source(address) + "|" + email.strip().toLowerCase(Locale.ROOT), PER_ACCOUNT);
	}

	private BucketProxy perAddress(@Nullable String address) {
		return bucket("address:" + source(address), PER_ADDRESS);
	}

	private BucketProxy bucket(String key, BucketConfiguration configuration) {
		Supplier<BucketConfiguration> config = () -> configuration;
		return buckets.builder().build(key.length() > 400 ? key.substring(0, 400) : key, config);
	}

	private static String source(@Nullable String address) {
		return address == null || address.isBlank() ? "unknown" : address;
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException("The database cannot be reached to set up sign-in throttling", unreachable);
		}
	}

	/**
	 * The practice's clock, so tests can move time on; Bucket4j counts in nanoseconds.
	 */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
