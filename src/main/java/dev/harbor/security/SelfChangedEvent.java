package dev.harbor.security;

/**
 * A person changed their own sign-in (set an app up, chose a password from a link),
 * possibly before they are signed in; the audit trail records it as theirs, in the same
 * transaction.
 *
 * @param accountId the account, which is also the actor
 * @param email its address, the actor's label
 * @param what what kind of change, in a few words; never a secret
 */
public record SelfChangedEvent(long accountId, String email, String what) {
}
