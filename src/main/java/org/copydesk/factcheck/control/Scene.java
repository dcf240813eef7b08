package org.copydesk.factcheck.control;

import java.util.List;
import org.copydesk.text.control.Sentence;

/**
 * One sentence under analysis: its text, the names that may be its subject, the values found in it,
 * and the article's names for pronouns and fallbacks.
 *
 * @param names     names in the sentence that may be subjects, in text order (not inside a role or award phrase)
 * @param coActors  names introduced as co-actors ("alongside Geoffrey Hinton"), never the subject
 * @param cues       attribute cue words in the sentence
 * @param boundaries clause boundaries in the sentence (punctuation and conjunctions), as [start, end)
 */
record Scene(String text, Sentence sentence, List<Name> names, List<Name> coActors, List<Finding> findings,
             ProperNames article, List<SubjectKeys.Cue> cues, List<int[]> boundaries) {
}
