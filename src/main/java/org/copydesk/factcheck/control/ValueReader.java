package org.copydesk.factcheck.control;

import java.util.List;
import org.copydesk.text.control.Sentence;

/** Finds one kind of value in a sentence. */
interface ValueReader {

    void read(String text, Sentence sentence, List<Finding> out);
}
