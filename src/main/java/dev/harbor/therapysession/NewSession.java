package dev.harbor.therapysession;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** A session as it is opened: when it starts and how long it runs. */
public record NewSession(@Nullable LocalDateTime startsAt, @Nullable Integer minutes) {

	public static final int MINUTES_MIN = 5;

	public static final int MINUTES_MAX = 480;

}
