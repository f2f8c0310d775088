package dev.harbor.security;

/**
 * What a sign-in link's page needs to know before the person acts on it.
 *
 * @param newAccount whether it opens a new account (else it follows a reset)
 * @param needsCode whether the person must also type a code from their app
 * @param displayName whom it is for, to greet them
 */
public record LinkInfo(boolean newAccount, boolean needsCode, String displayName) {
}
