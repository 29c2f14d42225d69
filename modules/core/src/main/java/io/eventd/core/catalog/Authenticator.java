package io.eventd.core.catalog;

import io.eventd.core.event.Account;

/** Checks credentials at login. */
public interface Authenticator {

    /**
     * The account {@code user} logs in as from {@code clientHost} (null when unknown: any host of the user); a
     * {@link io.eventd.core.error.SqlException} with 1045 when no such account matches the password.
     */
    Account authenticate(String user, String clientHost, char[] password);
}
