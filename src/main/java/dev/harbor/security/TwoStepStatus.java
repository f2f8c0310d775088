package dev.harbor.security;

/**
 * A person's own two-step sign-in, as their account page shows it.
 *
 * @param on whether an authenticator app is set up
 * @param required whether the practice requires it of this person
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoStepStatus(boolean on, boolean required, long recoveryCodesLeft) {
}
