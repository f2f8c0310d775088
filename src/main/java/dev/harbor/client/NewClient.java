package dev.harbor.client;

import java.time.LocalDate;

/**
 * What a clinician types to add a client. {@code toString} leaves the name out.
 */
public record NewClient(String displayName, LocalDate startDate) {

	@Override
	public String toString() {
		return "NewClient[startDate=" + startDate + "]";
	}

}
