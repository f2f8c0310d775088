package dev.harbor.client;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of a client's profile. {@code toString} leaves the personal details
 * out.
 */
public record ProfileChanges(String displayName, @Nullable LocalDate dateOfBirth, @Nullable String email,
		@Nullable String phone, LocalDate startDate) {

	@Override
	public String toString() {
		return "ProfileChanges";
	}

}
