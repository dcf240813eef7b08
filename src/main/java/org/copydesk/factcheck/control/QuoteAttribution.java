package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotes and who said them. A quote is words between quotation marks (“…”, «…», „…“, "…")
 * or a blockquote line ("&gt; …"), at least {@value #MIN_WORDS} words long, so scare quotes and titles
 * ("world models") are left alone. It counts only with an attribution: a speech cue ("wrote",
 * "a déclaré", "according to", "statement") right after the quote, right before it, or closing the
 * previous line (for blockquotes, the line before the block). The speaker is the name nearest the
 * cue; a pronoun there stands for the article's principal person. A quote interrupted by its
 * attribution ("“…,” he advises, “…”") is joined into one.
 */
final class QuoteAttribution {

    static final int MIN_WORDS = 4;
    private static final int AFTER_REACH = 60;
    private static final int BEFORE_REACH = 70;
    private static final int SPEAKER_REACH = 40;
    /** How far before a quote the person a pronoun stands for is looked for. */
    private static final int PRONOUN_REACH = 300;
    private static final String OPENERS = "“«„\"";
    /** How far after the name a title belongs to the speaker's own name is looked for. */
    private static final int APPOSITION_REACH = 60;
    /** A few lowercase words at most ("di porto") and the comma that sets the speaker's name off. */
    private static final Pattern APPOSITION = Pattern.compile("(?:" + Words.SPACE + "+\\p{Ll}[\\p{L}'’]*){0,3},"
            + Words.SPACE + "*");

    private final Pattern cues;
    private final Pattern pronouns;
    private final Pattern ofBefore;

    QuoteAttribution(LanguageProfile profile) {
        this.cues = Words.anyOf(profile.speechCues());
        this.pronouns = Words.anyOf(profile.personPronouns());
        this.ofBefore = profile.partitives().isEmpty() ? null : Pattern.compile(Words.BEFORE + "(?:"
                + Words.alternation(profile.partitives()) + ")" + Words.SPACE + "*$", Words.FLAGS);
    }

    /** A quote with its speaker. [start, end) covers the quote and its attribution when they are adjacent. */
    record Attributed(int start, int end, int quoteStart, int quoteEnd, String words, String speaker, String speakerKey) {
    }

    private record Speaker(String written, String key, int start, int end) {
    }

    List<Attributed> find(String text, ProperNames names) {
        List<Attributed> found = new ArrayList<>();
        List<int[]> lines = lines(text);
        int previousContent = -1;
        Speaker blockSpeaker = null;
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            int from = lines.get(i)[0];
            int to = lines.get(i)[1];
            String line = text.substring(from, to);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith(">")) {
                if (!inBlock) {
                    blockSpeaker = previousContent < 0 ? null
                            : closingAttribution(text, lines.get(previousContent), names);
                    inBlock = true;
                }
                int start = from + line.indexOf('>') + 1;
                while (start < to && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int end = from + line.stripTrailing().length();
                if (blockSpeaker != null && start < end) {
                    String words = unwrap(text.substring(start, end));
                    if (Words.count(words) >= MIN_WORDS) {
                        found.add(new Attributed(start, end, start, end, words, blockSpeaker.written, blockSpeaker.key));
                    }
                }
                continue;
            }
            inBlock = false;
            inline(text, from, to, previousContent < 0 ? null : lines.get(previousContent), names, found);
            previousContent = i;
        }
        return found;
    }

    private void inline(String text, int from, int to, int[] previousLine, ProperNames names, List<Attributed> out) {
        List<int[]> quotes = quotes(text, from, to);
        for (int q = 0; q < quotes.size(); q++) {
            int qs = quotes.get(q)[0];
            int qe = quotes.get(q)[1];
            int limit = q + 1 < quotes.size() ? quotes.get(q + 1)[0] : to;
            Speaker speaker = after(text, qe, limit, names);
            int start = qs;
            int end = qe;
            StringBuilder words = new StringBuilder(inner(text, qs, qe));
            if (speaker != null) {
                end = speaker.end;
                if (q + 1 < quotes.size() && quotes.get(q + 1)[0] - speaker.end <= 25) {
                    q++;
                    words.append(" … ").append(inner(text, quotes.get(q)[0], quotes.get(q)[1]));
                    end = quotes.get(q)[1];
                }
            } else {
                int floor = q > 0 ? quotes.get(q - 1)[1] : from;
                speaker = before(text, Math.max(floor, qs - BEFORE_REACH), qs, names);
                if (speaker != null) {
                    start = speaker.start;
                } else if (text.substring(from, qs).strip().isEmpty() && previousLine != null) {
                    speaker = closingAttribution(text, previousLine, names);
                }
            }
            if (speaker != null && Words.count(words.toString()) >= MIN_WORDS) {
                out.add(new Attributed(Math.min(start, qs), Math.max(end, qe), qs, qe, words.toString().strip(),
                        speaker.written, speaker.key));
            }
        }
    }

    /** "“…,” LeCun wrote": the cue must follow the quote closely. */
    private Speaker after(String text, int from, int limit, ProperNames names) {
        int to = Math.min(limit, from + AFTER_REACH + 30);
        Matcher m = cues.matcher(text).region(from, to);
        if (!m.find() || m.start() - from > AFTER_REACH) {
            return null;
        }
        return speakerNear(text, m, from, to, names);
    }

    /** "LeCun said: “…”", "Selon X, « … »": the cue must end close to the quote. */
    private Speaker before(String text, int from, int to, ProperNames names) {
        Matcher m = cues.matcher(text).region(from, to);
        Speaker last = null;
        while (m.find()) {
            Speaker s = speakerNear(text, m, from, to, names);
            if (s != null) {
                last = s;
            }
        }
        return last;
    }

    /** "According to LeCun:" or "…, joking that" closing the line before the quote. */
    private Speaker closingAttribution(String text, int[] line, ProperNames names) {
        int from = Math.max(line[0], line[1] - BEFORE_REACH - 30);
        String tail = text.substring(line[0], line[1]).stripTrailing();
        int end = line[0] + tail.length();
        return before(text, from, end, names);
    }

    /** The person nearest the cue anywhere in the window; else another name close to the cue. */
    private Speaker speakerNear(String text, Matcher cue, int from, int to, ProperNames names) {
        Name nearest = null;
        int best = Integer.MAX_VALUE;
        for (Name n : names.within(from, to)) {
            int d = n.end() <= cue.start() ? cue.start() - n.end() : n.start() - cue.end();
            boolean better = n.isPerson() && (nearest == null || !nearest.isPerson() || d < best)
                    || !n.isPerson() && d <= SPEAKER_REACH && (nearest == null || !nearest.isPerson() && d < best);
            if (d >= 0 && better) {
                nearest = n;
                best = d;
            }
        }
        if (nearest != null) {
            nearest = apposed(text, nearest, names);
            return new Speaker(nearest.written(), nearest.key(), Math.min(nearest.start(), cue.start()),
                    Math.max(nearest.end(), cue.end()));
        }
        Name principal = names.principalPerson();
        Matcher p = pronouns.matcher(text).region(Math.max(from, cue.start() - SPEAKER_REACH),
                Math.min(to, cue.end() + SPEAKER_REACH));
        // "she told reporters": the person last named before the quote, else the article's principal person
        Name lastNamed = names.within(Math.max(0, from - PRONOUN_REACH), from).stream().filter(Name::isPerson)
                .reduce((first, second) -> second).orElse(null);
        principal = lastNamed != null ? lastNamed : principal;
        if (principal != null && p.find()) {
            return new Speaker(principal.written(), principal.key(), Math.min(p.start(), cue.start()),
                    Math.max(p.end(), cue.end()));
        }
        return null;
    }

    /**
     * "said the operations manager of Acme Mining, Ann Lee": a name the speaker's title belongs to is followed by the
     * speaker's own, set off by a comma.
     */
    private Name apposed(String text, Name name, ProperNames names) {
        if (ofBefore == null || !ofBefore.matcher(text).region(Math.max(0, name.start() - 20), name.start()).find()) {
            return name;
        }
        for (Name next : names.within(name.end(), Math.min(text.length(), name.end() + APPOSITION_REACH))) {
            String between = text.substring(name.end(), next.start());
            return next.isPerson() && APPOSITION.matcher(between).matches() ? next : name;
        }
        return name;
    }

    /** Quotation mark pairs on one line, as [open, close + 1). */
    private static List<int[]> quotes(String text, int from, int to) {
        List<int[]> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int kind = OPENERS.indexOf(c);
            if (kind < 0) {
                i++;
                continue;
            }
            int close = closing(text, c, i + 1, to);
            if (close < 0) {
                i++;
                continue;
            }
            found.add(new int[] {i, close + 1});
            i = close + 1;
        }
        return found;
    }

    private static int closing(String text, char opener, int from, int to) {
        String closers = switch (opener) {
            case '“' -> "”";
            case '«' -> "»";
            case '„' -> "“”";
            default -> "\"";
        };
        for (int i = from; i < to; i++) {
            if (closers.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String inner(String text, int open, int close) {
        return text.substring(open + 1, close - 1).strip();
    }

    private static String unwrap(String content) {
        String s = content.strip();
        if (s.length() > 1 && OPENERS.indexOf(s.charAt(0)) >= 0 && "”»“\"".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }
}
