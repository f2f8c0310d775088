package dev.harbor.client;

import java.time.LocalDate;

/**
 * A discharged client's record that has been kept longer than the practice's retention
 * period: its reference code, whose caseload it is on, when the client was discharged and
 * when the period ended. No name and nothing clinical: the admin decides with the
 * clinician what happens to it.
 */
public record PastRetention(long clientId, String referenceCode, long clinicianId, String clinicianName,
		LocalDate dischargedOn, LocalDate keptUntil) {
}
