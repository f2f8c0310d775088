package dev.harbor.security;

/**
 * An account was opened or changed. The audit package records it, in the same
 * transaction.
 *
 * @param accountId the account changed
 * @param what what kind of change, in a few words; never a password
 */
public record AccountChangedEvent(long accountId, String what, boolean created) {
}
