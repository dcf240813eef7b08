package org.copydesk.portal.control;

import java.util.List;
import java.util.Optional;
import org.copydesk.portal.entity.EditConflict;

/**
 * The API said no: its status, the reason it gave (problem+json {@code detail}), and, when the publish gate refused
 * an approval, the claims that block it; when the text changed under an edit, both texts; when it refused a
 * workflow, each problem with its element.
 */
public class ApiRefusal extends RuntimeException {

    private final int status;
    private final List<String> blockingClaims;
    private final EditConflict editConflict;
    private final List<String> problems;

    public ApiRefusal(int status, String detail, List<String> blockingClaims) {
        this(status, detail, blockingClaims, null, List.of());
    }

    public ApiRefusal(int status, String detail, List<String> blockingClaims, EditConflict editConflict,
                      List<String> problems) {
        super(detail);
        this.status = status;
        this.blockingClaims = List.copyOf(blockingClaims);
        this.editConflict = editConflict;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<String> blockingClaims() {
        return blockingClaims;
    }

    public Optional<EditConflict> editConflict() {
        return Optional.ofNullable(editConflict);
    }

    /** Each problem the API listed, such as the elements of a workflow it would not deploy. */
    public List<String> problems() {
        return problems;
    }
}
