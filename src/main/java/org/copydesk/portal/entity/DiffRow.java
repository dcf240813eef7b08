package org.copydesk.portal.entity;

import java.io.Serializable;

/** One row of a side-by-side diff: the older line on the left, the newer on the right, or a hunk header. */
public class DiffRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String left;
    private final String right;
    private final String leftKind;
    private final String rightKind;

    public DiffRow(String left, String leftKind, String right, String rightKind) {
        this.left = left;
        this.leftKind = leftKind;
        this.right = right;
        this.rightKind = rightKind;
    }

    public String getLeft() {
        return left;
    }

    public String getRight() {
        return right;
    }

    public String getLeftKind() {
        return leftKind;
    }

    public String getRightKind() {
        return rightKind;
    }
}
