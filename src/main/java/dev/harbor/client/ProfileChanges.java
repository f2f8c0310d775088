package dev.harbor.client;

import java.time.LocalDate;

import dev.harbor.common.i18n.Language;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of a client's profile. {@code toString} leaves the personal details
 * out.
 */
public record ProfileChanges(String displayName, @Nullable LocalDate dateOfBirth, @Nullable String email,
		@Nullable String phone, LocalDate startDate, Language language) {

	@Override
	public String toString() {
		return "ProfileChanges";
	}

}
