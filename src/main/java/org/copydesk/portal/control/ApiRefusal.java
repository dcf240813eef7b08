package org.copydesk.portal.control;

import java.util.List;

/**
 * The API said no: its status, the reason it gave (problem+json {@code detail}), and, when the publish gate refused
 * an approval, the claims that block it.
 */
public class ApiRefusal extends RuntimeException {

    private final int status;
    private final List<String> blockingClaims;

    public ApiRefusal(int status, String detail, List<String> blockingClaims) {
        super(detail);
        this.status = status;
        this.blockingClaims = List.copyOf(blockingClaims);
    }

    public int status() {
        return status;
    }

    public List<String> blockingClaims() {
        return blockingClaims;
    }
}
