package org.copydesk.portal.control;

import java.util.List;

/**
 * The API said no: its status, the reason it gave (problem+json {@code detail}), and, when the publish gate refused
 * an approval, the claims that block it; when it refused a workflow, each problem with its element.
 */
public class ApiRefusal extends RuntimeException {

    private final int status;
    private final List<String> blockingClaims;
    private final List<String> problems;

    public ApiRefusal(int status, String detail, List<String> blockingClaims) {
        this(status, detail, blockingClaims, List.of());
    }

    /** With each problem the API listed, such as the elements of a workflow it would not deploy. */
    public ApiRefusal(int status, String detail, List<String> blockingClaims, List<String> problems) {
        super(detail);
        this.status = status;
        this.blockingClaims = List.copyOf(blockingClaims);
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<String> blockingClaims() {
        return blockingClaims;
    }

    public List<String> problems() {
        return problems;
    }
}
