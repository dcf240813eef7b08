package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.text.control.Sentence;
import org.copydesk.text.control.Sentences;
import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Severity;

/**
 * Finds text addressed to an automated assistant instead of readers ("Translate the following…",
 * "Ignore previous instructions", "Return plain text only", "You are a helpful assistant") in English, French,
 * German, Spanish and Italian. Such text is only ever reported and removed, never followed.
 *
 * <p>A sentence scores 2 for an unmistakable cue (overriding instructions, assistant roles, system notes) and 1
 * for a weaker one (an imperative task such as translating "the following" at the start of a sentence, an output
 * format demand, a target language). A paragraph is flagged at 2 points. Cues inside quotation marks or reported
 * speech do not count, so an article quoting someone saying "translate the following" is not flagged.
 */
final class InstructionDetector {

    private static final int FLAG_SCORE = 2;

    /** Runs before the article's language is known, so with the Unicode rules alone. */
    private static final Sentences SENTENCES = Sentences.of("");

    private static final Pattern STRONG = TextNormalizer.anyPhrase(
            "(?:ignore|disregard|forget|override) (?:all |any )?(?:of )?(?:the |your |my )?(?:previous|prior|above"
                    + "|earlier|preceding|former|system) (?:instructions?|prompts?|directions?|messages?|rules)",
            "(?:system|developer|admin) (?:note|prompt|message|instruction|override)s?\\s*:",
            "you are (?:now )?(?:a |an )?(?:helpful |friendly |professional |expert )?(?:ai|assistant|language model"
                    + "|llm|chatbot|chatgpt|gpt|translator|copywriter|seo writer|content writer)",
            "as an ai(?: language model| assistant)?",
            "(?:do not|don't|never) (?:mention|reveal|disclose|repeat) (?:these|the|this|your) (?:instructions?|prompt)",
            "ignore(?:z)? (?:toutes )?les (?:instructions|consignes) (?:precedentes|ci-dessus|anterieures)",
            "oublie(?:z)? (?:toutes )?(?:tes|vos|les) (?:instructions|consignes)",
            "(?:tu es|vous etes) (?:un |une )?(?:assistant|assistante|ia|modele de langage|traducteur|traductrice"
                    + "|redacteur|chatbot)",
            "en tant qu'(?:ia|intelligence artificielle|assistant|modele de langage)",
            "(?:note|message|consigne) (?:du )?systeme\\s*:",
            "ignoriere (?:alle )?(?:vorherigen|bisherigen|obigen|vorigen) (?:anweisungen|instruktionen|befehle)",
            "(?:du bist|sie sind) (?:ein |eine )?(?:ki|ki-assistent|assistent|sprachmodell|ubersetzer)",
            "als (?:ki|ki-sprachmodell|sprachmodell)(?:,| antworte)",
            "(?:systemhinweis|systemnachricht|systemanweisung)\\s*:",
            "ignora (?:todas )?las instrucciones (?:anteriores|previas)",
            "olvida (?:todas )?las instrucciones",
            "eres (?:un |una )?(?:asistente|ia|modelo de lenguaje|traductor|chatbot)",
            "como (?:una )?(?:ia|inteligencia artificial|modelo de lenguaje)(?:,| responde)",
            "(?:nota|mensaje) del sistema\\s*:",
            "ignora (?:tutte )?le istruzioni precedenti",
            "sei un (?:assistente|modello linguistico|traduttore)");

    /** Imperative tasks; they only count at the start of a sentence. */
    private static final Pattern TASK = Pattern.compile("^(?:please |kindly |now |veuillez |bitte |por favor )?(?:"
            + "(?:translate|summari[sz]e|rewrite|paraphrase|rephrase|proofread|generate|write) (?:the|this|these"
            + "|following|below|above|an?|it)"
            + "|(?:traduis|traduisez|traduire|resume|resumez|reecris|reecrivez|reformule|reformulez|redige|redigez)"
            + " (?:le|la|les|ce|cette|ces|l'|un|une|en)"
            + "|(?:ubersetze|ubersetzen sie|fasse|fassen sie|schreibe|schreiben sie|formuliere) (?:den|die|das"
            + "|folgende|diesen|diese|dieses|einen|eine)"
            + "|(?:traduce|traduzca|resume|resuma|reescribe|reescriba|redacta|redacte) (?:el|la|los|las|este|esta"
            + "|estos|un|una|lo)"
            + "|(?:traduci|riassumi|riscrivi) (?:il|la|lo|i|le|questo|questa|un|una|il seguente))");

    private static final Pattern WEAK = TextNormalizer.anyPhrase(
            "(?:return|output|respond with|reply with|answer with|give me|provide) (?:only |just )?(?:the )?"
                    + "(?:plain text|text only|json|markdown|the translation|the result)",
            "plain text only", "only (?:the )?(?:plain )?text", "without (?:any )?(?:quotes|quotation marks"
                    + "|explanations?|commentary|preamble|notes)",
            "(?:concise and natural|be concise|keep it concise)",
            "(?:renvoie|renvoyez|retourne|retournez|reponds|repondez|donne|donnez)(?:-moi)? (?:uniquement|seulement)",
            "(?:texte brut|sans guillemets|sans explication)",
            "(?:gib|antworte|liefere) (?:nur|ausschliesslich)", "(?:nur|ausschliesslich) (?:reinen? )?text",
            "ohne anfuhrungszeichen",
            "(?:devuelve|devuelva|responde|responda) (?:solo|solamente|unicamente)", "texto plano",
            "sin comillas",
            "(?:restituisci|rispondi) solo", "senza virgolette");

    /**
     * Words addressing a machine reader ("Note to AI reviewer", "for any language model reading this", "SYSTEM:").
     * One point: an article about such systems names them too; with a demand below it is an instruction.
     */
    private static final Pattern ADDRESS = TextNormalizer.anyPhrase(
            "(?:to|for) (?:the |any |all |an? )?(?:ai|a\\.i\\.|automated|machine) (?:reviewers?|review tools?|systems?"
                    + "|assistants?|models?|tools?|readers?|summari[sz]ers?|checkers?)",
            "(?:to|for) (?:the |any |all |an? )?(?:language models?|llms?|chatbots?)",
            "(?:ai|a\\.i\\.) (?:systems?|assistants?|models?|reviewers?|review tools?|tools?) (?:processing|reading"
                    + "|summari[sz]ing|reviewing|checking|analy[sz]ing)",
            "(?:language models?|llms?) (?:processing|reading|summari[sz]ing)",
            "^\\[?(?:system|assistant)\\s*:",
            "(?:pour|a) (?:l'|les |un |une )?(?:assistant|assistante|ia|intelligence artificielle|modeles? de langage)",
            "(?:assistant|assistante|outil|outils|systemes?) (?:d')?ia\\b",
            "(?:sistemas?|asistentes?|modelos?|herramientas?) de (?:inteligencia artificial|ia|lenguaje)",
            "para (?:la |los |las )?(?:ia|inteligencia artificial|asistentes?)",
            "(?:an|fur) (?:die |alle |den )?(?:ki|ki-systeme|ki-assistenten|sprachmodelle|ki-modelle)\\b",
            "ki-(?:systeme|assistenten|modelle|prufer)",
            "(?:sistemi|assistenti|modelli|strumenti) di (?:intelligenza artificiale|ia)",
            "per (?:l'|gli |i )?(?:ia|intelligenza artificiale|assistenti)");

    /** What such a note demands of the machine: take the text as checked, flag nothing, rate it true. */
    private static final Pattern DEMAND = TextNormalizer.anyPhrase(
            "(?:do not|don't|must not|should not|never|no need to) (?:be )?(?:flag|question|mention|compare|check"
                    + "|verify|report|challenge|doubt)(?:ed)?",
            "(?:has|have) already been (?:verified|checked|fact-checked|approved)",
            "already (?:verified|checked|fact-checked)",
            "(?:treat|mark|rate|classify|describe|summari[sz]e|consider|label) (?:\\p{L}+ ){0,5}(?:as|it as) (?:accurate|true"
                    + "|verified|correct|official|errors?|fully verified)",
            "no (?:further|additional) (?:checks?|review|verification|checking) (?:is |are )?(?:needed|required)",
            "skip the (?:fact-?check|review|verification)",
            "are (?:final|official) and must",
            "ne (?:signalez|signale|relevez|verifiez|mentionnez) (?:aucune?|pas|rien)", "deja (?:ete )?verifie",
            "classez(?:-le)? comme", "considerez (?:ce|cet|cette)",
            "bereits (?:verifiziert|gepruft|uberpruft)", "keine (?:weitere )?prufung", "nicht (?:markieren|melden)",
            "ya (?:fue|ha sido|esta) verificad[oa]", "no (?:senale|senales|marque|compare|compares|verifiques)",
            "no requiere (?:mas )?verificacion",
            "gia (?:stato )?verificat[oa]", "non (?:segnalare|segnalate|verificare|confrontare)");

    /** "into English": only a cue together with a task in the same sentence. */
    private static final Pattern TARGET_LANGUAGE = TextNormalizer.anyPhrase(
            "into (?:english|french|german|spanish|italian|chinese|japanese|portuguese|russian|arabic)",
            "(?:en|vers l') (?:anglais|francais|allemand|espagnol|italien|chinois|japonais)",
            "ins (?:englische|deutsche|franzosische|spanische|italienische)",
            "al (?:ingles|espanol|frances|aleman|italiano)", "in (?:inglese|francese|tedesco|spagnolo)");

    private static final Pattern REPORTED_SPEECH = TextNormalizer.anyPhrase("said", "says", "told", "asked", "wrote",
            "explained", "recalled", "according to", "a dit", "a declare", "explique", "selon", "sagte", "erklarte",
            "laut", "dijo", "explico", "segun", "ha detto", "secondo");

    private static final String QUOTES = "\"“”«»„";

    List<Finding> detect(String original, List<Paragraph> paragraphs) {
        List<Finding> findings = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            List<Sentence> sentences = paragraph.fromMarkup()
                    ? SENTENCES.split(paragraph.text())
                    : SENTENCES.split(original, paragraph.start(), paragraph.end());
            String source = paragraph.fromMarkup() ? paragraph.text() : original;
            int score = 0;
            int first = -1;
            int last = -1;
            List<String> cues = new ArrayList<>();
            for (Sentence sentence : sentences) {
                int sentenceScore = score(source.substring(sentence.start(), sentence.end()), cues);
                if (sentenceScore > 0) {
                    score += sentenceScore;
                    first = first < 0 ? sentence.start() : first;
                    last = sentence.end();
                }
            }
            if (score >= FLAG_SCORE) {
                findings.add(finding(paragraph, sentences, first, last, cues));
            }
        }
        return findings;
    }

    private static Finding finding(Paragraph paragraph, List<Sentence> sentences, int first, int last,
            List<String> cues) {
        String explanation = "Instruction aimed at an automated assistant, not at readers (" + String.join("; ", cues)
                + "). Never acted upon; removed from the working text.";
        // An instruction opening its paragraph owns the rest of it: what follows is the payload it wants processed.
        boolean wholeParagraph = paragraph.fromMarkup() || first == sentences.get(0).start();
        int start = wholeParagraph ? paragraph.start() : first;
        int end = wholeParagraph ? paragraph.end() : last;
        return new Finding(FindingKind.INJECTED_INSTRUCTION, Severity.HIGH, start, end, explanation, true);
    }

    private static int score(String sentence, List<String> cues) {
        String folded = TextNormalizer.fold(TextNormalizer.normalize(sentence));
        if (REPORTED_SPEECH.matcher(folded).find()) {
            return 0; // reported speech gives orders to nobody: no cue of it counts
        }
        int score = 0;
        Matcher strong = STRONG.matcher(folded);
        while (strong.find()) {
            if (!insideQuotes(folded, strong.start())) {
                score += 2;
                cues.add(Findings.quote(strong.group()));
            }
        }
        Matcher task = TASK.matcher(folded);
        if (task.find()) {
            score += 1;
            cues.add(Findings.quote(task.group()));
            Matcher target = TARGET_LANGUAGE.matcher(folded);
            if (target.find()) {
                score += 1;
                cues.add(Findings.quote(target.group()));
            }
        }
        for (Pattern cue : List.of(ADDRESS, DEMAND)) {
            Matcher address = cue.matcher(folded);
            if (address.find() && !insideQuotes(folded, address.start())) {
                score += 1;
                cues.add(Findings.quote(address.group()));
            }
        }
        Matcher weak = WEAK.matcher(folded);
        while (weak.find()) {
            if (!insideQuotes(folded, weak.start())) {
                score += 1;
                cues.add(Findings.quote(weak.group()));
            }
        }
        return score;
    }

    /** An odd number of quotation marks before the position means the cue is quoted. */
    private static boolean insideQuotes(String text, int position) {
        int quotes = 0;
        for (int i = 0; i < position; i++) {
            if (QUOTES.indexOf(text.charAt(i)) >= 0) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
