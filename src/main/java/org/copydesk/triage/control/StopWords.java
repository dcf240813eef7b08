package org.copydesk.triage.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Function words per language, folded (lower case, no accents), for topic and name extraction. */
final class StopWords {

    private static final Map<String, Set<String>> BY_LANGUAGE = new HashMap<>();
    private static final Set<String> ALL = new HashSet<>();

    static {
        add("en", "a about above after again against all also am an and any are as at be because been before being "
                + "below between both but by can could did do does doing down during each even ever every few for from "
                + "further had has have having he her here hers herself him himself his how i if in into is it its itself "
                + "just like may me might more most much must my myself no nor not now of off on once only or other our "
                + "ours out over own same she should so some such than that the their theirs them then there these they "
                + "this those through to too under until up upon us very was we were what when where which while who whom "
                + "why will with would yet you your yours yourself s t don didn doesn isn wasn aren won ll re ve d m "
                + "one two new many well still however into across within without via per");
        add("fr", "a au aux avec ce ces cet cette c ca d dans de des du elle elles en entre est et etait ete etre eu "
                + "il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre nous on ou "
                + "par pas pour qu que qui s sa sans se ses si son sont sur ta te tes toi ton tous tout toute toutes "
                + "tu un une vers vos votre vous y a deja aussi plus moins tres bien cela ceci comme dont ou alors "
                + "apres avant depuis pendant chez sous lors ainsi donc car encore fait faire peut pourrait");
        add("de", "aber alle als am an auch auf aus bei bin bis bist da dann das dass dem den der des die dies diese "
                + "dieser doch du durch ein eine einem einen einer eines er es fur hat hatte hier ich ihr ihre im in "
                + "ist ja jetzt kann kein keine man mehr mit nach nicht noch nur ob oder ohne sehr sein seine sich sie "
                + "sind so uber um und uns unter vom von vor war waren was wenn wer wie wir wird wo zu zum zur");
        add("es", "a al algo ante como con de del desde donde el ella ellas ellos en entre era es esa ese eso esta "
                + "este esto fue ha han hasta hay la las le les lo los mas me mi muy no nos o para pero por que se "
                + "sea segun ser si sin sobre su sus tambien te tiene todo todos tu un una uno unos y ya");
        add("it", "a al alla alle anche che chi come con da dal dalla degli dei del della delle di e gli ha hanno "
                + "il in io la le lo ma mi ne nei nel nella non per piu quando questo questa se si sono su sua suo "
                + "tra un una uno");
        add("pt", "a ao aos as com como da das de do dos e ela ele em entre era foi ha isso mais mas muito na nas "
                + "nao no nos o os ou para pela pelo por que se sem ser seu sua tambem um uma");
        add("nl", "aan al als bij dan dat de die dit door een en er het hij hun ik in is maar met naar niet nog "
                + "of om ook op over te tot uit van voor was wat we wel werd wordt zich zijn");
    }

    private StopWords() {
    }

    private static void add(String language, String words) {
        Set<String> set = Set.copyOf(Arrays.asList(words.split(" +")));
        BY_LANGUAGE.put(language, set);
        ALL.addAll(set);
    }

    /** Stop words of the language, falling back to all known ones for a language without a list. */
    static Set<String> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, ALL);
    }

    static boolean isStopWordInAnyLanguage(String foldedWord) {
        return ALL.contains(foldedWord);
    }
}
