package org.copydesk.triage.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Puts a restored span back into a working text that an editor may have changed since triage: a three-way merge,
 * line by line, of what restoring changes in triage's own text into the editor's text. Where the editor changed the
 * very lines the restore touches, there is no safe place for it and the caller has to say so.
 */
final class RestoredText {

    private RestoredText() {
    }

    /**
     * @param withoutRestore triage's working text before the restore
     * @param withRestore triage's working text with the span restored
     * @param edited the working text as it is now, the editor's changes included
     * @return the edited text with the span restored, or empty when the editor changed the lines it goes into
     */
    static Optional<String> merge(String withoutRestore, String withRestore, String edited) {
        if (edited.equals(withoutRestore)) {
            return Optional.of(withRestore);
        }
        List<String> base = lines(withoutRestore);
        List<AbstractDelta<String>> restores = DiffUtils.diff(base, lines(withRestore)).getDeltas();
        List<AbstractDelta<String>> edits = DiffUtils.diff(base, lines(edited)).getDeltas();
        List<String> merged = new ArrayList<>(lines(edited));
        // applied from the end, so that each restore's position in the edited text is not moved by the ones after it
        for (int r = restores.size() - 1; r >= 0; r--) {
            Chunk<String> restored = restores.get(r).getSource();
            Chunk<String> target = restores.get(r).getTarget();
            int from = restored.getPosition();
            int to = from + restored.size();
            int shift = 0;
            for (AbstractDelta<String> edit : edits) {
                int editFrom = edit.getSource().getPosition();
                int editTo = editFrom + edit.getSource().size();
                if (editFrom < to && from < editTo) {
                    return Optional.empty();
                }
                // lines the editor added where the removed ones were go after them: the original's order comes first
                boolean addedAtTheSamePlace = restored.size() == 0 && editFrom == editTo && editFrom == from;
                if (editTo <= from && !addedAtTheSamePlace) {
                    shift += edit.getTarget().size() - edit.getSource().size();
                }
            }
            for (int line = 0; line < restored.size(); line++) {
                merged.remove(from + shift);
            }
            merged.addAll(from + shift, target.getLines());
        }
        return Optional.of(String.join("\n", merged));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
