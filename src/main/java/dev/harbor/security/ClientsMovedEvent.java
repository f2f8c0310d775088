package dev.harbor.security;

/**
 * An admin moved clients from one clinician to another (a whole caseload, or one client);
 * both are told at their next sign-in. Published by the client feature inside its
 * transaction.
 */
public record ClientsMovedEvent(long fromClinicianId, long toClinicianId, int clientCount) {
}
