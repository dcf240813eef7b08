package org.copydesk.triage.control;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text an editor works on: Unicode-normalised paragraphs separated by one blank line. HTML is reduced to
 * its text, so nothing of its markup (scripts, handlers, styles, frames) can reach a page that shows it.
 */
public final class WorkingText {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed",
            "template", "svg", "math", "head");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private WorkingText() {
    }

    public static String of(String content, String mediaType) {
        String text = "text/html".equals(mediaType) ? textOfHtml(content) : content;
        return normalise(text);
    }

    static String normalise(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u200B\\u200C\\u200D\\uFEFF]", "");
        StringBuilder lines = new StringBuilder(normalized.length());
        for (String line : normalized.split("\n", -1)) {
            lines.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    private static String textOfHtml(String html) {
        StringBuilder text = new StringBuilder(html.length() / 2);
        Element body = Jsoup.parse(html).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode && !insideDropped(textNode)) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                } else if (node instanceof Element element && element.isBlock()) {
                    text.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append("\n\n");
                }
            }
        });
        return text.toString();
    }

    private static boolean insideDropped(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && DROPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }
}
