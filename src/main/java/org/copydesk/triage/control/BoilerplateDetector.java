package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Severity;

/**
 * Finds the page furniture around a story: repeated headlines, bylines, reading times, image placeholders,
 * counters, code-fence remnants, calls to action, reprint and disclaimer notices.
 * Rules look at the SHAPE of a line (length, repetition, digit ratio, position before or after the body,
 * missing sentence punctuation) and at small cue lexicons in English, French, German, Spanish and Italian.
 */
final class BoilerplateDetector {

    /** A paragraph with at least this many words is story text; furniture lives before the first or after the last. */
    private static final int BODY_WORDS = 25;
    private static final int SHORT_LINE_WORDS = 8;

    private static final Pattern CODE_FENCE = Pattern.compile("^[\"'“”‘’«»]?(?:`{1,3}|~~~)[\\w+#.-]*[\"'“”‘’]?$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\p{Punct}\\p{Pd}•·◆◇■□▪―─—_*=~#>|\\s]+$");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("^!\\[[^\\]]*]\\([^)]*\\)$");

    private static final Pattern IMAGE_WORD = Pattern.compile("^[\\[(]?(?:image|img|photo|picture|pic|figure|graphic"
            + "|illustration|screenshot|video|gif|bild|grafik|foto|imagen|immagine|capture d'ecran|visuel)"
            + "(?:\\s*\\d+)?[\\])]?$");
    private static final Pattern IMAGE_CREDIT = Pattern.compile("^[\\[(]?(?:image|photo|picture|pic|figure|graphic"
            + "|illustration|bild|foto|imagen|immagine|visuel)?\\s*(?:source|sources|credit|credits|courtesy|via"
            + "|quelle|fuente|fonte|credito)s?\\s*(?:de l'image|de la imagen|dell'immagine|photo)?\\s*[:：]");
    private static final Pattern IMAGE_CREDIT_FR = Pattern.compile("^(?:source de l'image|credit photo|credits photo"
            + "|bildquelle|fuente de la imagen|foto|photo|image|bild)\\s*[:：]");

    /** "[Image: Smoke over the site. Photo: reader submission]", "Image: The goblet. Photo: Museums Trust". */
    private static final Pattern IMAGE_CAPTION = Pattern.compile("^[\\[(]?(?:image|photo|picture|bild|foto|imagen"
            + "|immagine|illustration)\\s*:\\s*.*(?:[\\])]$|(?:photo|credit|foto|bild|credito)\\s*:)");

    private static final Pattern COUNTER_WORDS = TextNormalizer.anyPhrase("views?", "shares?", "likes?", "comments?",
            "claps?", "reads?", "reactions?", "retweets?", "reposts?", "followers?", "upvotes?", "vues?", "partages?",
            "commentaires?", "j'aime", "abonnes", "aufrufe", "kommentare", "visitas", "comentarios", "me gusta",
            "reproducciones", "visualizzazioni", "commenti", "mi piace");

    private static final Pattern READING_TIME = TextNormalizer.anyPhrase(
            "\\d+\\s*(?:-\\s*)?(?:min|mins|minutes?|minuten|minutos?|minuti|mn)\\.?\\s*(?:read|reading|de lecture"
                    + "|lesezeit|lesen|de lectura|di lettura|leestijd)",
            "(?:reading time|read time|temps de lecture|lesezeit|lesedauer|tiempo de lectura|tempo di lettura"
                    + "|lectura de)\\s*:?\\s*(?:ca\\.\\s*)?\\d+",
            "^(?:lecture|lectura|lettura|lesen|read)\\s*:?\\s*\\d+\\s*(?:min|mins|minutes?|minuten|minutos?|minuti)");

    /** A site speaking of its own cookies: "We use cookies…", "Ce site utilise des cookies…". */
    private static final Pattern COOKIE_NOTICE = TextNormalizer.anyPhrase(
            "(?:we|this (?:site|website)|our (?:site|website)|we and our \\d* ?partners) (?:\\p{L}+ ){0,3}(?:use|uses)"
                    + " (?:\\p{L}+ ){0,2}cookies", "(?:ce site|nous) (?:\\p{L}+ ){0,2}(?:utilise|utilisons) (?:des )?cookies",
            "wir (?:verwenden|nutzen|setzen) (?:\\p{L}+ ){0,2}cookies",
            "(?:este sitio|usamos|utilizamos) (?:\\p{L}+ ){0,3}cookies",
            "(?:questo sito|utilizziamo|usiamo) (?:\\p{L}+ ){0,3}(?:i )?cookie", "accept(?:er|ar)? (?:all )?cookies",
            "aceptar cookies");

    /** Checked on the unfolded text: a byline names someone, so a capital follows the cue. */
    private static final Pattern BYLINE_START = Pattern.compile("^(?iu:by|written by|reported by|words by|par"
            + "|écrit par|ecrit par|von|autor|autorin|por|escrito por|di|door|author|auteur|texte|text|rédaction)"
            + "\\s*:?\\s+\\p{Lu}");
    private static final Pattern BYLINE_TEAM = TextNormalizer.anyPhrase("editorial team", "editorial staff",
            "staff writers?", "newsroom", "news desk", "correspondents?", "contributors?", "la redaction",
            "redaktion", "redaccion", "redazione", "editorial board", "team of editors");

    private static final Pattern NOTICE = TextNormalizer.anyPhrase("reprint(?:ed|ing)?", "republish(?:ed|ing)?",
            "repost(?:ed|ing)?", "indicate the source", "cite the source", "all rights reserved", "copyright",
            "original article", "originally (?:published|appeared)", "third[- ]party content",
            "for (?:informational|information|general information) purposes(?: only)?",
            "does not (?:constitute|guarantee|endorse)", "not (?:financial|investment|legal) advice", "disclaimer",
            "views expressed", "tous droits reserves", "reproduction (?:interdite|prohibee)", "contenu de tiers",
            "a des fins d'information", "ne garantit", "n'endosse", "aucun conseil", "avertissement",
            "article original", "publie initialement", "alle rechte vorbehalten", "nachdruck", "haftungsausschluss",
            "keine anlageberatung", "ursprunglich erschienen", "inhalte dritter", "todos los derechos reservados",
            "prohibida (?:la|su) reproduccion", "aviso legal", "no constituye (?:asesoramiento|consejo)",
            "publicado originalmente", "contenido de terceros", "tutti i diritti riservati", "riproduzione riservata",
            "©");

    private static final Pattern CALL_TO_ACTION = TextNormalizer.anyPhrase("read more", "read the full (?:story|article)",
            "full (?:article|story|text)", "continue reading", "keep reading", "see (?:the )?original",
            "view (?:the )?original", "open in(?: the)? (?:app|\\p{L}+)", "download (?:the|our) app",
            "share(?: this)?(?: article| story| post| on \\p{L}+)?", "tweet(?: this)?", "subscribe(?: now| today)?",
            "sign up", "follow us(?: on \\p{L}+)?", "newsletter", "advertisement", "sponsored(?: content)?",
            "related(?: articles| stories| posts| content| reading)?", "recommended(?: for you)?", "back to top",
            "click here", "leave a comment", "comments?", "print(?: this)?", "listen to (?:this )?article",
            "lire la suite", "lire aussi", "a lire aussi", "voir (?:l')?original", "voir aussi", "partager",
            "s'abonner", "abonnez-vous", "publicite", "articles? (?:similaires|lies)", "suivez-nous",
            "telecharger l'application", "ouvrir dans(?: l'application)?", "commentaires", "weiterlesen",
            "mehr lesen", "mehr zum thema", "teilen", "abonnieren", "anzeige", "werbung", "ahnliche artikel",
            "folgen sie uns", "kommentare", "in der app offnen", "leer mas", "seguir leyendo", "compartir",
            "suscribete", "publicidad", "(?:articulos |noticias )?relacionad[oa]s", "siguenos", "ver (?:el )?original",
            "comentarios", "abrir en(?: la app)?", "leggi anche", "continua a leggere", "condividi", "iscriviti",
            "pubblicita", "tags?", "etiquettes", "schlagworter", "etiquetas");

    /** A list of links announced by a cue and a colon: "Related: …", "Lesen Sie auch: …", "Leggi anche: …". */
    private static final Pattern LINK_LIST = Pattern.compile("^(?:related|read more|read also|see also|more on this"
            + "|more from|filed under|tags|also read|lire aussi|a lire aussi|voir aussi|sur le meme sujet|lesen sie auch"
            + "|mehr zum thema|auch interessant|weitere artikel|das konnte sie auch interessieren|te puede interesar"
            + "|noticias relacionadas|lee tambien|relacionado|leggi anche|ti potrebbe interessare|potrebbe interessarti"
            + "|articoli correlati)\\s*:");

    /** Calls to act on the page or the outlet rather than parts of the story, wherever they stand in a short line. */
    private static final Pattern EDGE_CALL = TextNormalizer.anyPhrase("subscribe", "subscription", "sign up",
            "upgrade to", "newsletter", "follow our", "follow us", "live coverage", "message us", "email the newsroom",
            "write to the newsdesk", "got a (?:story|tip|question)", "share (?:this|on)", "most read",
            "more (?:\\p{L}+ )?news", "news in brief", "syndicated content", "cookies?", "accept all",
            "manage preferences", "reporting by", "editing by", "for subscribers", "subscribers only", "exclusive",
            "partagez", "partager", "abonnez-vous", "abonnement", "cet article vous est offert", "envoyer par",
            "teilen", "abonnieren", "weiterlesen", "weiterleiten", "drucken", "abbestellen", "nur fur abonnenten",
            "weitere artikel", "comparte", "compartir", "suscribete", "suscribase", "boletin", "ultima hora",
            "aceptar cookies", "configurar", "seguici", "condividi", "iscriviti", "abbonati", "ti potrebbe interessare",
            "leggi anche", "ultim'ora");

    /** "Updated 14:05", "Actualizado: 06/08/2026 21:14", "Publié le 09/11/2026 à 18h05". */
    private static final Pattern TIMESTAMP = Pattern.compile("^(?:updated|published|last updated|posted|actualizado"
            + "|publicado|publie le|publie|mis a jour|aktualisiert|veroffentlicht|stand|aggiornato|pubblicato)\\b"
            + "[^\\p{L}]*(?:(?:am|le|el|il|on|at|a|um|alle|las|\\p{L}+day|\\d+\\p{L}*)[^\\p{L}]*)*$");

    /** Separators of a masthead or section line: "Riverton Herald · Local News", "Economia | 02 marzo 2026". */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s[·|•]\\s|\\s[-–]\\s");

    private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.)\\S+$");

    List<Finding> detect(List<Paragraph> paragraphs) {
        List<Finding> findings = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            return findings;
        }
        Layout layout = Layout.of(paragraphs);
        for (Paragraph paragraph : paragraphs) {
            classify(paragraph, layout).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> classify(Paragraph paragraph, Layout layout) {
        String text = paragraph.text();
        String folded = TextNormalizer.fold(text);
        int words = TextNormalizer.tokens(folded).size();
        boolean atEdge = layout.isAtEdge(paragraph);
        boolean sentence = endsLikeSentence(text);

        if (CODE_FENCE.matcher(text).matches()) {
            return flag(FindingKind.CODE_FENCE, Severity.INFO, paragraph,
                    "Left-over code fence " + Findings.quote(text) + " from the source's Markdown.");
        }
        if (words == 0 && SEPARATOR.matcher(text).matches()) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Separator line " + Findings.quote(text) + " with no words.");
        }
        if (paragraph.index() > layout.title.index() && words <= 30 && nearlyEqual(folded, layout.titleFolded)) {
            return flag(FindingKind.REPEATED_TITLE, Severity.INFO, paragraph,
                    "The headline printed again " + Findings.quote(text) + ".");
        }
        if ((words <= 10 || words <= 30 && IMAGE_CAPTION.matcher(folded.trim()).find()) && isImagePlaceholder(text, folded)) {
            return flag(FindingKind.IMAGE_PLACEHOLDER, Severity.INFO, paragraph,
                    "Placeholder or credit for a picture that is not part of the text " + Findings.quote(text) + ".");
        }
        if (words <= 16 && READING_TIME.matcher(folded).find()) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Reading-time line " + Findings.quote(text) + ": page furniture, not part of the story.");
        }
        if (words <= SHORT_LINE_WORDS && isCounter(text, folded)) {
            return flag(FindingKind.COUNTER, Severity.INFO, paragraph,
                    "Audience counter " + Findings.quote(text) + ": mostly numbers or icons, no sentence.");
        }
        if (words <= 60 && COOKIE_NOTICE.matcher(folded).find()) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Cookie notice " + Findings.quote(text) + ": page furniture, not part of the story.");
        }
        int noticeCues = countMatches(NOTICE, folded);
        if (words <= 90 && noticeCues >= (atEdge || words <= 25 ? 1 : 2) && !isQuotation(text)) {
            return flag(FindingKind.NOTICE, Severity.LOW, paragraph,
                    "Reprint, copyright or disclaimer notice (" + noticeCues + " cue" + (noticeCues > 1 ? "s" : "")
                            + ") " + Findings.quote(text) + ".");
        }
        if (words <= 10 && !sentence && isByline(text, folded) && (atEdge || words <= 5)) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Byline or credit line " + Findings.quote(text) + ".");
        }
        if (!sentence && isCallToAction(folded, words, atEdge)) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Navigation or call-to-action line " + Findings.quote(text) + ".");
        }
        if (words <= 25 && LINK_LIST.matcher(folded).find() && (atEdge || words <= 12)) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "List of links to other articles " + Findings.quote(text) + ".");
        }
        if (atEdge && paragraph.index() > layout.title.index() && words <= 8 && TIMESTAMP.matcher(folded).matches()) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Publication time " + Findings.quote(text) + ": page furniture, not part of the story.");
        }
        if (atEdge && paragraph.index() > layout.title.index() && words <= 14 && EDGE_CALL.matcher(folded).find()
                && !isQuotation(text)) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Call to action or page notice outside the story " + Findings.quote(text) + ".");
        }
        if (atEdge && paragraph.index() > layout.title.index() && !sentence && isLabel(text, words)) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Masthead, section or label line outside the story " + Findings.quote(text) + ".");
        }
        if (words <= 3 && URL_ONLY.matcher(text).matches()) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph, "Bare link " + Findings.quote(text) + ".");
        }
        int earlier = layout.occurrencesBefore(paragraph, folded);
        if (earlier > 0 && words <= 12) {
            return flag(FindingKind.BOILERPLATE, Severity.INFO, paragraph,
                    "Short line " + Findings.quote(text) + " already printed " + earlier + " time"
                            + (earlier > 1 ? "s" : "") + " above.");
        }
        return Optional.empty();
    }

    /**
     * A short line with no sentence in it: an outlet's name in title case or capitals, a section with its
     * separator, a one- to three-word label. Figures only in a dated label, so a line of facts is never taken.
     */
    private static boolean isLabel(String text, int words) {
        if (words == 0 || words > 6 || text.endsWith(":")) {
            return false;
        }
        boolean separated = LABEL_SEPARATOR.matcher(text).find();
        boolean digits = text.chars().anyMatch(Character::isDigit);
        if (digits && !separated) {
            return false;
        }
        List<String> tokens = new ArrayList<>();
        for (String token : text.split("[\\s·|•–-]+")) {
            if (!token.isEmpty() && Character.isLetter(token.codePointAt(0))) {
                tokens.add(token);
            }
        }
        long capitalised = tokens.stream().filter(t -> Character.isUpperCase(t.codePointAt(0))).count();
        boolean titled = !tokens.isEmpty() && capitalised * 2 >= tokens.size() + 1;
        return separated || titled && tokens.size() <= 4 || words <= 2;
    }

    private static Optional<Finding> flag(FindingKind kind, Severity severity, Paragraph paragraph, String why) {
        return Optional.of(Findings.onParagraph(kind, severity, paragraph, why, true));
    }

    private static boolean isImagePlaceholder(String text, String folded) {
        String bare = folded.trim();
        return IMAGE_CAPTION.matcher(bare).find() || IMAGE_WORD.matcher(bare).matches() || MARKDOWN_IMAGE.matcher(text).matches()
                || IMAGE_CREDIT.matcher(bare).find() && !bare.startsWith("source") && !bare.startsWith("via")
                || IMAGE_CREDIT_FR.matcher(bare).find();
    }

    private static boolean isCounter(String text, String folded) {
        long digits = text.chars().filter(Character::isDigit).count();
        if (digits == 0) {
            return false;
        }
        long visible = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
        long letters = TextNormalizer.letterCount(text);
        return letters * 5 <= visible * 2 || COUNTER_WORDS.matcher(folded).find() && !endsLikeSentence(text);
    }

    private static boolean isByline(String text, String folded) {
        return BYLINE_START.matcher(text).find() || BYLINE_TEAM.matcher(folded).find();
    }

    /** A call to action is a short line made (almost) only of the cue, or a longer one sitting outside the body. */
    private static boolean isCallToAction(String folded, int words, boolean atEdge) {
        var matcher = CALL_TO_ACTION.matcher(folded);
        if (!matcher.find()) {
            return false;
        }
        int cueWords = TextNormalizer.tokens(matcher.group()).size();
        return words - cueWords <= 1 || (atEdge && words <= 6 && matcher.start() == 0);
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?。！？\"”»".indexOf(last) >= 0 && text.length() > 1 && TextNormalizer.tokens(
                TextNormalizer.fold(text)).size() > 3;
    }

    private static boolean isQuotation(String text) {
        return text.startsWith("“") || text.startsWith("\"") || text.startsWith("«");
    }

    private static int countMatches(Pattern pattern, String text) {
        int count = 0;
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** At least four fifths of the words in common. */
    static boolean nearlyEqual(String foldedA, String foldedB) {
        List<String> a = TextNormalizer.tokens(foldedA);
        List<String> b = TextNormalizer.tokens(foldedB);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> setA = new HashSet<>(a);
        Set<String> setB = new HashSet<>(b);
        Set<String> common = new HashSet<>(setA);
        common.retainAll(setB);
        Set<String> union = new HashSet<>(setA);
        union.addAll(setB);
        return common.size() >= 0.8 * union.size();
    }

    /** Where the body starts and ends, what the headline is and which lines repeat. */
    private record Layout(Paragraph title, String titleFolded, int firstBody, int lastBody,
            Map<String, List<Integer>> positionsByLine) {

        static Layout of(List<Paragraph> paragraphs) {
            int first = -1;
            int last = -1;
            Map<String, List<Integer>> positions = new HashMap<>();
            for (Paragraph paragraph : paragraphs) {
                if (Findings.wordCount(paragraph) >= BODY_WORDS) {
                    first = first < 0 ? paragraph.index() : first;
                    last = paragraph.index();
                }
                positions.computeIfAbsent(key(paragraph.text()), k -> new ArrayList<>()).add(paragraph.index());
            }
            Paragraph title = paragraphs.get(0);
            return new Layout(title, TextNormalizer.fold(title.text()), first, last, positions);
        }

        boolean isAtEdge(Paragraph paragraph) {
            return firstBody < 0 || paragraph.index() < firstBody || paragraph.index() > lastBody;
        }

        int occurrencesBefore(Paragraph paragraph, String folded) {
            List<Integer> at = positionsByLine.getOrDefault(key(folded), List.of());
            return (int) at.stream().filter(i -> i < paragraph.index()).count();
        }

        private static String key(String text) {
            return String.join(" ", TextNormalizer.words(text));
        }
    }
}
