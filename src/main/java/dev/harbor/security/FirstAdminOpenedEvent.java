package dev.harbor.security;

/**
 * The first admin was opened from HARBOR_ADMIN_EMAIL and HARBOR_ADMIN_PASSWORD at the
 * first start; nobody was signed in, so the audit trail names the application as the
 * actor.
 */
public record FirstAdminOpenedEvent(long accountId) {
}
