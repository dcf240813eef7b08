package org.copydesk.security.control;

/** A bearer token that does not let its bearer in, with the reason in words a client developer can act on. */
public class TokenRefused extends Exception {

    public TokenRefused(String reason) {
        super(reason);
    }
}
