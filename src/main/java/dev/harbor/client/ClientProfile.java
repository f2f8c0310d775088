package dev.harbor.client;

import java.time.Instant;
import java.time.LocalDate;

import dev.harbor.common.i18n.Language;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything the client page shows, read in one service call. {@code version} goes back
 * with every change, so an edit based on an old copy is refused instead of overwriting.
 *
 * @param lookedBefore when the signed-in clinician's previous sitting with this record
 * ended (empty the first time): what the client wrote after it is new to them
 */
public record ClientProfile(long id, long version, String displayName, String referenceCode,
		@Nullable LocalDate dateOfBirth, @Nullable String email, @Nullable String phone, ClientStatus status,
		LocalDate startDate, Instant lastActivityAt, List<PositionView> positions, List<GoalView> goals,
		Set<ClientPattern> patterns, @Nullable String patternNote, @Nullable Instant lookedBefore, Language language) {

	public @Nullable PositionView currentPosition() {
		return positions.isEmpty() ? null : positions.getLast();
	}

	public ProfileChanges editableProfile() {
		return new ProfileChanges(displayName, dateOfBirth, email, phone, startDate, language);
	}

	@Override
	public String toString() {
		return "ClientProfile[id=" + id + ", version=" + version + "]";
	}

}
