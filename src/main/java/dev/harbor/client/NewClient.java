package dev.harbor.client;

import java.time.LocalDate;

import dev.harbor.common.i18n.Language;

import org.jspecify.annotations.Nullable;

/**
 * What a clinician types to add a client. {@code toString} leaves the personal details
 * out.
 *
 * @param displayName a name or pseudonym
 * @param dateOfBirth optional
 * @param email optional contact address
 * @param phone optional contact number
 * @param startDate when the work together began
 * @param language of the client's portal, handouts and letters
 */
public record NewClient(String displayName, @Nullable LocalDate dateOfBirth, @Nullable String email,
		@Nullable String phone, LocalDate startDate, Language language) {

	public NewClient(String displayName, @Nullable LocalDate dateOfBirth, @Nullable String email,
			@Nullable String phone, LocalDate startDate) {
		this(displayName, dateOfBirth, email, phone, startDate, Language.ENGLISH);
	}

	/** Just a name and a start date, the least a clinician must give. */
	public static NewClient named(String displayName, LocalDate startDate) {
		return new NewClient(displayName, null, null, null, startDate);
	}

	@Override
	public String toString() {
		return "NewClient[startDate=" + startDate + "]";
	}

}
