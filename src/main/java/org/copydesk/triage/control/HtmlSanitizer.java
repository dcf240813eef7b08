package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns submitted HTML into safe HTML plus paragraphs with their spans in the original markup, reporting what
 * hostile content was dropped. Hostile parts are removed from the parsed tree before anything is extracted, and
 * the safe HTML additionally goes through jsoup's {@link Cleaner} with a strict safelist.
 */
final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(false);

    private static final Map<String, Severity> HOSTILE_ELEMENTS = Map.ofEntries(
            Map.entry("script", Severity.HIGH), Map.entry("iframe", Severity.HIGH), Map.entry("frame", Severity.HIGH),
            Map.entry("frameset", Severity.HIGH), Map.entry("object", Severity.HIGH), Map.entry("embed", Severity.HIGH),
            Map.entry("applet", Severity.HIGH), Map.entry("svg", Severity.MEDIUM), Map.entry("math", Severity.MEDIUM),
            Map.entry("form", Severity.MEDIUM), Map.entry("base", Severity.HIGH), Map.entry("template", Severity.MEDIUM),
            Map.entry("noscript", Severity.LOW), Map.entry("style", Severity.LOW), Map.entry("link", Severity.LOW),
            Map.entry("meta", Severity.LOW), Map.entry("input", Severity.LOW), Map.entry("button", Severity.LOW),
            Map.entry("textarea", Severity.LOW), Map.entry("select", Severity.LOW));

    /** Harmless page metadata that is dropped silently. */
    private static final Set<String> QUIET_ELEMENTS = Set.of("link", "meta");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "background", "poster", "data", "srcset", "lowsrc", "dynsrc", "cite", "longdesc", "usemap", "codebase",
            "manifest", "ping");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "figure",
            "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd", "hr", "address",
            "details", "summary", "caption", "body", "center");

    private static final Set<String> PAGE_FURNITURE = Set.of("nav", "footer", "aside");

    record Sanitized(List<Paragraph> paragraphs, String safeHtml, List<Finding> findings) {
    }

    Sanitized sanitize(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Finding> findings = new ArrayList<>();
        removeHostileElements(document, findings);
        removeHostileAttributes(document, findings);
        flagPageFurniture(document, findings);
        List<Paragraph> paragraphs = new ArrayList<>();
        collectParagraphs(document.body(), paragraphs);
        String safeHtml = new Cleaner(SAFELIST).clean(document).body().html();
        return new Sanitized(paragraphs, safeHtml, findings);
    }

    private static void removeHostileElements(Document document, List<Finding> findings) {
        List<Element> hostile = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (HOSTILE_ELEMENTS.containsKey(tag) && !insideAny(element, hostile)) {
                hostile.add(element);
            }
        }
        for (Element element : hostile) {
            String tag = element.normalName();
            if (!QUIET_ELEMENTS.contains(tag) || isActiveMetadata(element)) {
                findings.add(unsafe(HOSTILE_ELEMENTS.get(tag), element, true,
                        "<" + tag + "> element removed: " + why(tag) + "."));
            }
            element.remove();
        }
    }

    private static boolean isActiveMetadata(Element element) {
        return element.hasAttr("http-equiv") || "import".equalsIgnoreCase(element.attr("rel"));
    }

    private static String why(String tag) {
        return switch (tag) {
            case "script", "noscript", "template" -> "it carries executable code";
            case "iframe", "frame", "frameset", "object", "embed", "applet" -> "it embeds foreign active content";
            case "svg", "math" -> "embedded SVG/MathML can carry scripts and event handlers";
            case "form", "input", "button", "textarea", "select" -> "forms can phish or post data elsewhere";
            case "base" -> "it redirects every relative link";
            case "style", "link" -> "style sheets can hide or overlay content";
            default -> "it is not allowed in article text";
        };
    }

    private static void removeHostileAttributes(Document document, List<Finding> findings) {
        for (Element element : document.getAllElements()) {
            List<String> dropped = new ArrayList<>();
            Severity severity = Severity.LOW;
            for (Attribute attribute : element.attributes().asList()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on")) {
                    dropped.add("event handler " + name);
                    severity = Severity.HIGH;
                } else if (URL_ATTRIBUTES.contains(name) && hasActiveScheme(value)) {
                    dropped.add(name + " with a " + scheme(value) + ": URL");
                    severity = Severity.HIGH;
                } else if (name.equals("style") && hasActiveStyle(value)) {
                    dropped.add("inline style loading code or URLs");
                    severity = max(severity, Severity.MEDIUM);
                } else {
                    continue;
                }
                element.removeAttr(attribute.getKey());
            }
            if (!dropped.isEmpty()) {
                findings.add(unsafe(severity, element, false,
                        "<" + element.normalName() + "> lost its " + String.join(", ", dropped)
                                + ": such attributes can run code in the editor's browser."));
            }
        }
    }

    private static void flagPageFurniture(Document document, List<Finding> findings) {
        for (Element element : document.body().select(String.join(",", PAGE_FURNITURE))) {
            if (!element.text().isBlank() && element.parents().stream().noneMatch(
                    parent -> PAGE_FURNITURE.contains(parent.normalName()))) {
                int[] span = span(element, true);
                findings.add(new Finding(FindingKind.BOILERPLATE, Severity.INFO, span[0], span[1],
                        "<" + element.normalName() + "> block: page navigation or footer, not article text.", true));
            }
        }
    }

    private static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static boolean hasActiveScheme(String url) {
        String scheme = scheme(url);
        return scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data")
                || scheme.equals("livescript");
    }

    /** The URL's scheme as a browser would read it: control characters and whitespace inside it are ignored. */
    private static String scheme(String url) {
        StringBuilder scheme = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            }
            if (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') {
                scheme.append(c);
            } else if (!(Character.isWhitespace(c) || Character.isISOControl(c))) {
                return "";
            }
        }
        return "";
    }

    private static boolean hasActiveStyle(String style) {
        String folded = style.toLowerCase(Locale.ROOT).replaceAll("\\s|\\\\", "");
        return folded.contains("expression(") || folded.contains("url(") || folded.contains("javascript:")
                || folded.contains("-moz-binding") || folded.contains("behavior:");
    }

    private static Finding unsafe(Severity severity, Element element, boolean wholeElement, String explanation) {
        int[] span = span(element, wholeElement);
        return new Finding(FindingKind.UNSAFE_MARKUP, severity, span[0], span[1], explanation, true);
    }

    /** The element's span in the original; just its start tag unless {@code wholeElement}. */
    private static int[] span(Node node, boolean wholeElement) {
        Range start = node.sourceRange();
        int end = start.endPos();
        if (wholeElement && node instanceof Element element) {
            Range closing = element.endSourceRange();
            if (closing.isTracked() && !closing.isImplicit()) {
                end = closing.endPos();
            } else {
                end = lastTrackedEnd(element, end);
            }
        }
        return new int[] {Math.max(0, start.startPos()), Math.max(start.startPos(), end)};
    }

    private static int lastTrackedEnd(Node node, int fallback) {
        int end = fallback;
        for (Node child : node.childNodes()) {
            if (child.sourceRange().isTracked()) {
                end = Math.max(end, child.sourceRange().endPos());
            }
            end = Math.max(end, lastTrackedEnd(child, end));
            if (child instanceof Element element && element.endSourceRange().isTracked()
                    && !element.endSourceRange().isImplicit()) {
                end = Math.max(end, element.endSourceRange().endPos());
            }
        }
        return end;
    }

    private static void collectParagraphs(Element container, List<Paragraph> paragraphs) {
        List<Node> inlineRun = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                flushInline(inlineRun, paragraphs);
                if (element.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()))) {
                    collectParagraphs(element, paragraphs);
                } else {
                    addParagraph(paragraphs, span(element, true), element.text());
                }
            } else if (child instanceof TextNode || child instanceof Element) {
                inlineRun.add(child);
            }
        }
        flushInline(inlineRun, paragraphs);
    }

    private static void flushInline(List<Node> run, List<Paragraph> paragraphs) {
        while (!run.isEmpty() && isBlankText(run.get(0))) {
            run.remove(0);
        }
        while (!run.isEmpty() && isBlankText(run.get(run.size() - 1))) {
            run.remove(run.size() - 1);
        }
        if (run.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Node node : run) {
            text.append(node instanceof TextNode textNode ? textNode.text() : ((Element) node).text()).append(' ');
        }
        int[] first = span(run.get(0), true);
        int[] last = span(run.get(run.size() - 1), true);
        addParagraph(paragraphs, new int[] {first[0], Math.max(first[0], last[1])}, text.toString());
        run.clear();
    }

    private static boolean isBlankText(Node node) {
        return node instanceof TextNode textNode && textNode.isBlank();
    }

    private static void addParagraph(List<Paragraph> paragraphs, int[] span, String text) {
        String normalized = TextNormalizer.normalize(text);
        if (!normalized.isEmpty()) {
            paragraphs.add(new Paragraph(paragraphs.size(), span[0], span[1], normalized, true));
        }
    }

    private static boolean insideAny(Element element, List<Element> ancestors) {
        for (Element parent : element.parents()) {
            if (ancestors.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
