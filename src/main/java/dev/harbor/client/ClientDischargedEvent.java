package dev.harbor.client;

/**
 * A client was discharged; published inside the change's transaction, so whatever ends
 * with the therapy (the client's portal access) ends in the same commit.
 */
public record ClientDischargedEvent(long clientId) {
}
