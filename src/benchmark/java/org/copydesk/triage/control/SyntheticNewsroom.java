package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A newsroom's worth of invented articles for the lookup and ingest benchmarks: many events, each told by one to ten
 * articles in English or French, some of them wire updates of an earlier article, with people, companies and
 * places drawn from large pools. Like real news, unrelated articles share what recurs everywhere: years, weekdays,
 * months, capitals, countries, common first names, company suffixes and acronyms such as EU, NATO or AI, so the
 * story-key index has keys that tens of thousands of articles carry.
 *
 * <p>Everything follows from the seed: an article is regenerated from its event and its number in the event.
 */
public final class SyntheticNewsroom {

    /** The article texts of an event, and the facts they share. */
    public record Event(int index, int kind, String lead, String second, String third, String district, String company,
            String otherCompany, String acronym, String city, String otherCity, int country, int year,
            int referenceYear, int pastYear, int count, int amount, int tenthsOfPercent, int day, int month,
            int weekday, double frenchShare) {
    }

    private static final String[] WIRES = {"wire:afp", "wire:reuters", "wire:ap", "wire:dpa", "wire:ansa", "wire:efe",
        "wire:belga", "wire:ats", "correspondent", "freelance"};
    private static final String[] FIRST_NAMES = ("Maria Anna John David Michael Laura Thomas Sarah Daniel Julia Peter "
            + "Elena Marc Sophie Ahmed Fatima Luca Chiara Jan Eva Pierre Claire Jean Camille Nicolas Isabelle Paul "
            + "Marie Olivier Nathalie Hans Ingrid Karl Petra Carlos Lucia Javier Carmen Ivan Olga Andrei Natalia Yusuf "
            + "Amina Kenji Yuki Wei Mei Raj Priya Samuel Grace James Emma Robert Olivia William Chloe Henrik Astrid "
            + "Mateo Valentina Diego Sofia Omar Leila Tomasz Katarzyna Erik Sigrid Pablo Ines Hugo Lea Louis Manon "
            + "Antoine Julie Mehdi Sarra Kofi Ama Tariq Noor Lars Freya Niko Aino Georgios Eleni Dmitri Irina Arjun "
            + "Ananya Felix Mila Oscar Alice Victor Zoe").split(" ");
    private static final String[][] COUNTRIES = {
        {"France", "France"}, {"Germany", "Allemagne"}, {"Spain", "Espagne"}, {"Italy", "Italie"},
        {"Belgium", "Belgique"}, {"Switzerland", "Suisse"}, {"Canada", "Canada"}, {"Poland", "Pologne"},
        {"Portugal", "Portugal"}, {"Netherlands", "Pays-Bas"}, {"Austria", "Autriche"}, {"Sweden", "Suède"},
        {"Norway", "Norvège"}, {"Denmark", "Danemark"}, {"Ireland", "Irlande"}, {"Greece", "Grèce"},
        {"Morocco", "Maroc"}, {"Senegal", "Sénégal"}, {"Tunisia", "Tunisie"}, {"Japan", "Japon"},
        {"China", "Chine"}, {"India", "Inde"}, {"Brazil", "Brésil"}, {"Mexico", "Mexique"},
        {"Argentina", "Argentine"}, {"Australia", "Australie"}, {"Turkey", "Turquie"}, {"Egypt", "Égypte"},
        {"Kenya", "Kenya"}, {"Nigeria", "Nigeria"}, {"Ukraine", "Ukraine"}, {"Romania", "Roumanie"},
        {"Hungary", "Hongrie"}, {"Finland", "Finlande"}, {"Chile", "Chili"}, {"Peru", "Pérou"},
        {"Vietnam", "Viêt Nam"}, {"Indonesia", "Indonésie"}, {"Quebec", "Québec"}, {"Luxembourg", "Luxembourg"}};
    private static final String[] CAPITALS = ("Paris London Berlin Brussels Madrid Rome Washington Geneva Ottawa "
            + "Warsaw Lisbon Vienna").split(" ");
    private static final String[] WELL_KNOWN_CITIES = ("Paris London Berlin Brussels Madrid Rome Lyon Marseille "
            + "Toulouse Bordeaux Lille Nantes Strasbourg Montreal Geneva Zurich Munich Hamburg Frankfurt Milan Turin "
            + "Barcelona Valencia Seville Porto Lisbon Amsterdam Rotterdam Antwerp Ghent Vienna Prague Warsaw Krakow "
            + "Dublin Glasgow Manchester Birmingham Liverpool Leeds Oslo Stockholm Copenhagen Helsinki Athens "
            + "Casablanca Dakar Tunis Algiers Abidjan Nice Rennes Grenoble Dijon Quebec Toronto Ottawa Vancouver "
            + "Boston Chicago Houston Denver Seattle Atlanta Dallas Miami Tokyo Osaka Seoul Mumbai Delhi Sydney "
            + "Melbourne Nairobi Lagos Cairo Istanbul Bucharest Budapest Sofia Zagreb Belgrade Kyiv Lviv").split(" ");
    private static final String[] COMPANY_SUFFIXES = ("Group Systems Energy Bank Motors Airlines Foods Pharma "
            + "Holdings Telecom Logistics Media Steel Chemicals Insurance Robotics").split(" ");
    /** Acronyms that unrelated news shares, English and French form, and the share of articles that mention one. */
    private static final String[][] COMMON_ACRONYMS = {
        {"EU", "UE", "0.22"}, {"AI", "IA", "0.12"}, {"UN", "ONU", "0.10"}, {"NATO", "OTAN", "0.08"},
        {"ECB", "BCE", "0.06"}, {"IMF", "FMI", "0.05"}, {"WHO", "OMS", "0.05"}, {"GDP", "PIB", "0.05"},
        {"OECD", "OCDE", "0.04"}, {"CEO", "PDG", "0.08"}, {"FIFA", "FIFA", "0.02"}, {"NASA", "NASA", "0.02"}};
    private static final String[] WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
    private static final String[] WEEKDAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split(" ");
    private static final String[] MONTHS_EN = ("January February March April May June July August September "
            + "October November December").split(" ");
    private static final String[] MONTHS_FR = ("janvier février mars avril mai juin juillet août septembre octobre "
            + "novembre décembre").split(" ");
    private static final String[] ONSETS = ("b br c ch d dr f g gr h j k kr l m n p pr r s st t tr v w z "
            + "bl fl gl sl sh th").split(" ");
    private static final String[] VOWELS = "a e i o u a e o ai ei ou ia io".split(" ");
    private static final String[] CODAS = ("n r l s t m k nd rt ls ck rn nt ss x").split(" ");

    private static final String[][] FACTS_EN = {
        { // a plant closes
            "{company} will close its factory in {city} by {ref}, cutting {count} jobs, chief executive {lead} said on {weekday}.",
            "The plant opened in {city} in {past} and makes parts for customers across {country}.",
            "{second}, who represents the {acronym} union at the site, called the decision a betrayal of the workers.",
            "The government of {country} said it would look for a buyer before {month} {ref}.",
            "{company} reported a loss of {amount} million euros in {year} and blamed energy prices."},
        { // a takeover
            "{company} agreed to buy {otherCompany} for {amount} million euros, the two companies said on {weekday}.",
            "The deal, announced in {city} on {day} {month} {year}, still needs the approval of regulators in {country}.",
            "{lead}, who runs {company}, said the combined group would employ {count} people.",
            "Shares of {otherCompany} rose {percent}% after the announcement.",
            "{second}, an analyst at {acronym} Securities, said the price was high but the logic was sound."},
        { // an election
            "{lead} won the mayoral election in {city} on {weekday} with {percent}% of the vote.",
            "The runner-up, {second}, conceded defeat late in the evening and called for unity.",
            "Turnout reached {count} voters, the highest in {city} since {past}.",
            "{lead} promised to build {amount} new homes and to extend the tram line by {ref}.",
            "The result is a setback for the {acronym} party ahead of the national vote in {country} in {ref}."},
        { // floods
            "Floods forced {count} people to leave their homes in {city} on {weekday}, officials said.",
            "{second}, the regional prefect, said the river rose by {percent} metres in a single night.",
            "Insurers estimate the damage at {amount} million euros, the worst since the floods of {past}.",
            "Rescue teams from the {acronym} civil protection agency were sent from across {country}.",
            "{lead}, the mayor of {city}, asked the government of {country} to declare a natural disaster."},
        { // a court ruling
            "A court in {city} fined {company} {amount} million euros on {weekday} for misleading customers.",
            "Judge {second} found that the company had hidden fees from {count} subscribers between {past} and {year}.",
            "{company} will appeal, chief executive {lead} said in a statement.",
            "The case was brought by the consumer group {acronym} after complaints in {country}.",
            "The fine amounts to {percent}% of the company's turnover in {country}."},
        { // a football transfer
            "{lead} has signed for {city} FC from {otherCity} FC in a deal worth {amount} million euros, the clubs said on {weekday}.",
            "The {age}-year-old striker scored {goals} goals for {otherCity} last season.",
            "{second}, the coach of {city} FC, said {lead} would make his debut on {day} {month}.",
            "The transfer is the most expensive in the history of the {country} league since {past}.",
            "{lead} signed a contract until {ref}, with {count} fans watching his presentation."},
        { // a research result
            "Researchers at {company} in {city} said on {weekday} that their {acronym} treatment reduced relapses by {percent}%.",
            "The trial followed {count} patients in {country} between {past} and {year}.",
            "{lead}, who led the study, said the results would be submitted to regulators before {month} {ref}.",
            "{second}, a doctor who was not involved, called the {acronym} results encouraging but preliminary.",
            "{company} has spent {amount} million euros on the programme."},
        { // a strike
            "Rail workers in {city} went on strike on {weekday}, cancelling {percent}% of trains, the {acronym} union said.",
            "{second}, who speaks for the {acronym} union, said the strike would last until {day} {month}.",
            "About {count} commuters were affected, according to {company}, which runs the network.",
            "{lead}, the transport minister of {country}, called the strike irresponsible.",
            "The union is asking for a raise of {amount} euros a month, the first since {past}."}};

    private static final String[][] FACTS_FR = {
        {
            "{company} fermera son usine de {city} d'ici {ref}, supprimant {count} emplois, a annoncé {weekday} son directeur général, {lead}.",
            "L'usine a ouvert à {city} en {past} et fabrique des pièces pour des clients dans toute la {country}.",
            "{second}, qui représente le syndicat {acronym} sur le site, a dénoncé une trahison des salariés.",
            "Le gouvernement a promis de chercher un repreneur avant {month} {ref}.",
            "{company} a enregistré une perte de {amount} millions d'euros en {year}, en raison des prix de l'énergie."},
        {
            "{company} va racheter {otherCompany} pour {amount} millions d'euros, ont annoncé {weekday} les deux entreprises.",
            "L'accord, annoncé à {city} le {day} {month} {year}, doit encore être approuvé par les autorités.",
            "{lead}, qui dirige {company}, a indiqué que le nouvel ensemble emploierait {count} personnes.",
            "L'action {otherCompany} a bondi de {percent} % après l'annonce.",
            "{second}, analyste chez {acronym} Securities, juge le prix élevé mais la logique solide."},
        {
            "{lead} a remporté {weekday} l'élection municipale de {city} avec {percent} % des voix.",
            "Son adversaire, {second}, a reconnu sa défaite dans la soirée et appelé à l'unité.",
            "La participation a atteint {count} électeurs, un record à {city} depuis {past}.",
            "{lead} promet de construire {amount} logements et de prolonger le tramway d'ici {ref}.",
            "Ce résultat est un revers pour le parti {acronym} avant le scrutin national de {ref}."},
        {
            "Les inondations ont contraint {count} personnes à quitter leur logement à {city} {weekday}, selon les autorités.",
            "{second}, préfet de la région, a indiqué que la rivière était montée de {percent} mètres en une nuit.",
            "Les assureurs estiment les dégâts à {amount} millions d'euros, du jamais vu depuis les crues de {past}.",
            "Des équipes de la protection civile {acronym} ont été envoyées en renfort.",
            "{lead}, maire de {city}, demande la reconnaissance de l'état de catastrophe naturelle."},
        {
            "Le tribunal de {city} a condamné {weekday} {company} à une amende de {amount} millions d'euros pour pratiques trompeuses.",
            "Le juge {second} a estimé que l'entreprise avait caché des frais à {count} abonnés entre {past} et {year}.",
            "{company} fera appel, a déclaré son directeur général, {lead}, dans un communiqué.",
            "L'affaire avait été portée par l'association de consommateurs {acronym}.",
            "L'amende représente {percent} % du chiffre d'affaires de l'entreprise."},
        {
            "{lead} s'est engagé avec le {city} FC, en provenance du {otherCity} FC, pour {amount} millions d'euros, ont annoncé {weekday} les deux clubs.",
            "L'attaquant de {age} ans a marqué {goals} buts pour {otherCity} la saison dernière.",
            "{second}, l'entraîneur du {city} FC, a indiqué que {lead} ferait ses débuts le {day} {month}.",
            "Il s'agit du transfert le plus cher du championnat depuis {past}.",
            "{lead} a signé un contrat jusqu'en {ref}, devant {count} supporters."},
        {
            "Des chercheurs de {company} à {city} ont annoncé {weekday} que leur traitement {acronym} réduisait les rechutes de {percent} %.",
            "L'essai a suivi {count} patients entre {past} et {year}.",
            "{lead}, qui a dirigé l'étude, compte soumettre les résultats aux autorités avant {month} {ref}.",
            "{second}, médecin extérieur à l'étude, juge les résultats du {acronym} encourageants mais préliminaires.",
            "{company} a consacré {amount} millions d'euros au programme."},
        {
            "Les cheminots de {city} sont en grève depuis {weekday}, et {percent} % des trains sont supprimés, selon le syndicat {acronym}.",
            "{second}, porte-parole du syndicat {acronym}, affirme que la grève durera jusqu'au {day} {month}.",
            "Environ {count} usagers sont touchés, selon {company}, qui exploite le réseau.",
            "{lead}, ministre des Transports, a jugé la grève irresponsable.",
            "Le syndicat réclame une hausse de {amount} euros par mois, la première depuis {past}."}};

    private static final String[] HEADLINES_EN = {"{company} to close {city} plant", "{company} buys {otherCompany}",
        "{lead} elected mayor of {city}", "Floods force {count} from their homes in {city}",
        "{company} fined {amount} million euros", "{lead} joins {city} FC", "{acronym} treatment cuts relapses",
        "Rail strike in {city}"};
    private static final String[] HEADLINES_FR = {"{company} ferme son usine de {city}",
        "{company} rachète {otherCompany}", "{lead} élu maire de {city}", "Inondations à {city}",
        "Amende de {amount} millions pour {company}", "{lead} rejoint le {city} FC",
        "Le traitement {acronym} réduit les rechutes", "Grève des trains à {city}"};

    private static final String[] FILLERS_EN = {
        "The company did not respond to a request for comment.",
        "Analysts said the decision had been expected for several months.",
        "Talks are due to resume next week, according to people familiar with the matter.",
        "Officials said more details would be published on {weekday2}.",
        "The figures were first reported by local media in {month2}.",
        "Similar cases have been reported elsewhere in {country2} this year.",
        "Critics said the plans came too late and offered too little.",
        "The announcement was welcomed by local businesses, who had feared the worst.",
        "A spokesperson in {capital} declined to give a timetable.",
        "Residents said they had been kept in the dark for weeks.",
        "The opposition demanded a debate in parliament before the end of {year}.",
        "Several experts warned that costs could rise further in {nextYear}.",
        "The story has drawn attention far beyond the region.",
        "It was not immediately clear how many people would be affected in the end.",
        "A public meeting is planned for {weekday2} evening at the town hall.",
        "Observers in {capital} said the outcome could set a precedent.",
        "The matter is expected to come up again at a summit in {capital} in {month2}.",
        "Prices have risen sharply since {year}, squeezing households and small firms alike.",
        "Neither side wanted to comment on the negotiations.",
        "The final decision rests with the authorities in {capital}."};
    private static final String[] FILLERS_FR = {
        "L'entreprise n'a pas répondu à nos sollicitations.",
        "Selon les analystes, cette décision était attendue depuis plusieurs mois.",
        "Les discussions doivent reprendre la semaine prochaine, selon des sources proches du dossier.",
        "Les autorités ont promis de nouvelles précisions {weekday2}.",
        "Les chiffres avaient été révélés par la presse locale en {month2}.",
        "Des cas similaires ont été signalés ailleurs en {country2} cette année.",
        "Les critiques jugent ces mesures tardives et insuffisantes.",
        "Les commerçants du quartier ont salué l'annonce, eux qui craignaient le pire.",
        "Un porte-parole à {capital} s'est refusé à donner un calendrier.",
        "Les habitants disent avoir été tenus à l'écart pendant des semaines.",
        "L'opposition réclame un débat au Parlement avant la fin de l'année {year}.",
        "Plusieurs experts craignent une nouvelle hausse des coûts en {nextYear}.",
        "L'affaire suscite l'intérêt bien au-delà de la région.",
        "On ignorait encore combien de personnes seraient concernées au final.",
        "Une réunion publique est prévue {weekday2} soir à la mairie.",
        "À {capital}, des observateurs estiment que cette issue pourrait faire jurisprudence.",
        "Le dossier devrait revenir sur la table lors d'un sommet à {capital} en {month2}.",
        "Les prix ont fortement augmenté depuis {year}, au détriment des ménages et des petites entreprises.",
        "Aucune des deux parties n'a souhaité commenter les négociations.",
        "La décision finale revient aux autorités de {capital}."};
    /** Details of any kind of event that its articles may or may not give. */
    private static final String[] DETAILS_EN = {
        "{third}, a spokesperson for {company}, confirmed the figures.",
        "In the {district} district, residents gathered outside the town hall to hear the news.",
        "{third} said a decision on the future of the {district} site would follow within weeks.",
        "The {acronym} has asked {lead} for a meeting in {city}."};
    private static final String[] DETAILS_FR = {
        "{third}, porte-parole de {company}, a confirmé les chiffres.",
        "Dans le quartier de {district}, les habitants se sont rassemblés devant la mairie.",
        "{third} a indiqué qu'une décision sur l'avenir du site de {district} serait prise d'ici quelques semaines.",
        "Le {acronym} a demandé à rencontrer {lead} à {city}."};
    /** Someone only this article quotes. */
    private static final String[] QUOTES_EN = {
        "\"We will not accept this,\" said {passer}, who has lived in {place} for twenty years.",
        "\"Nobody saw it coming,\" {passer}, a shop owner in {place}, told reporters.",
        "{passer}, an economist at {firm}, said the consequences would be felt for years.",
        "\"It is a difficult day,\" said {passer} of {firm}."};
    private static final String[] QUOTES_FR = {
        "« Nous ne l'accepterons pas », a déclaré {passer}, qui vit à {place} depuis vingt ans.",
        "« Personne ne l'avait vu venir », a confié {passer}, commerçant à {place}.",
        "{passer}, économiste chez {firm}, estime que les conséquences se feront sentir pendant des années.",
        "« C'est une journée difficile », a réagi {passer}, de {firm}."};
    private static final String[] COMMON_ACRONYM_SENTENCES_EN = {
        "The {common} is following the case closely, a spokesperson said.",
        "The debate echoes a wider discussion within the {common}.",
        "A report by the {common} last year had warned of exactly this risk."};
    private static final String[] COMMON_ACRONYM_SENTENCES_FR = {
        "L'{common} suit le dossier de près, selon un porte-parole.",
        "Le débat fait écho à une discussion plus large au sein de l'{common}.",
        "Un rapport de l'{common} publié l'an dernier mettait en garde contre ce risque."};
    /** The line a wire adds to an update; its time keeps two updates of one article apart. */
    private static final String[] UPDATES_EN = {
        "Updated at {time} with a statement from {lead}.",
        "Updated at {time} with reactions from {city}.",
        "Updated at {time}: adds comment from {second} in the fourth paragraph."};
    private static final String[] UPDATES_FR = {
        "Mise à jour à {time} avec une déclaration de {lead}.",
        "Mise à jour à {time} avec des réactions à {city}.",
        "Mise à jour à {time} : ajoute une déclaration de {second} au quatrième paragraphe."};

    private final long seed;
    private final String[] surnames;
    private final String[] companyRoots;
    private final String[] cities;
    private final String[] districts;

    public SyntheticNewsroom(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        this.surnames = invent(random, 20_000, 2, 3);
        this.companyRoots = invent(random, 8_000, 2, 3);
        this.districts = invent(random, 20_000, 2, 4);
        String[] invented = invent(random, 3_000, 2, 3);
        this.cities = new String[WELL_KNOWN_CITIES.length + invented.length];
        System.arraycopy(WELL_KNOWN_CITIES, 0, cities, 0, WELL_KNOWN_CITIES.length);
        System.arraycopy(invented, 0, cities, WELL_KNOWN_CITIES.length, invented.length);
    }

    /** How many articles tell event {@code index}: one to ten, most events having few. */
    public int articlesOf(int index) {
        Random random = random(index, -1);
        double[] cumulative = new double[10];
        double total = 0;
        for (int n = 1; n <= 10; n++) {
            total += 1.0 / n;
            cumulative[n - 1] = total;
        }
        double draw = random.nextDouble() * total;
        for (int n = 1; n <= 10; n++) {
            if (draw < cumulative[n - 1]) {
                return n;
            }
        }
        return 10;
    }

    public Event event(int index) {
        Random random = random(index, -2);
        int year = pick(random, new int[] {2023, 2024, 2025, 2026}, new double[] {0.2, 0.3, 0.35, 0.15});
        String company = companyRoots[skewed(random, companyRoots.length)] + " "
                + COMPANY_SUFFIXES[random.nextInt(COMPANY_SUFFIXES.length)];
        String otherCompany = companyRoots[skewed(random, companyRoots.length)] + " "
                + COMPANY_SUFFIXES[random.nextInt(COMPANY_SUFFIXES.length)];
        double frenchShare = random.nextDouble() < 0.3 ? 0.7 : 0.1;
        return new Event(index, random.nextInt(FACTS_EN.length), person(random), person(random), person(random),
                districts[random.nextInt(districts.length)], company, otherCompany, acronym(random),
                cities[skewed(random, cities.length)], cities[skewed(random, cities.length)],
                skewed(random, COUNTRIES.length), year,
                year + 1 + random.nextInt(3), 1975 + random.nextInt(year - 1980), 20 + random.nextInt(900) * 10,
                5 + random.nextInt(900), 5 + random.nextInt(400), 1 + random.nextInt(28), random.nextInt(12),
                random.nextInt(7), frenchShare);
    }

    /** An article about the event: the lead fact, some of the others, and the sentences any article has. */
    Article article(Event event, int number) {
        Random random = random(event.index(), number);
        boolean french = random.nextDouble() < event.frenchShare();
        Map<String, String> slots = slots(event, french, random);
        String[] facts = (french ? FACTS_FR : FACTS_EN)[event.kind()];
        List<String> sentences = new ArrayList<>();
        List<Integer> others = new ArrayList<>(List.of(1, 2, 3, 4));
        Collections.shuffle(others, random);
        int factCount = 2 + random.nextInt(3);
        for (int fact : others.subList(0, factCount)) {
            sentences.add(fill(facts[fact], slots));
        }
        List<String> fillers = new ArrayList<>(List.of(french ? FILLERS_FR : FILLERS_EN));
        Collections.shuffle(fillers, random);
        List<String> details = new ArrayList<>(List.of(french ? DETAILS_FR : DETAILS_EN));
        Collections.shuffle(details, random);
        for (String detail : details.subList(0, 1 + random.nextInt(details.size()))) {
            sentences.add(random.nextInt(sentences.size() + 1), fill(detail, slots));
        }
        for (String filler : fillers.subList(0, 4 + random.nextInt(5))) {
            sentences.add(random.nextInt(sentences.size() + 1), fill(filler, slots));
        }
        String[] quotes = french ? QUOTES_FR : QUOTES_EN;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            slots.put("passer", person(random));
            slots.put("place", cities[skewed(random, cities.length)]);
            sentences.add(random.nextInt(sentences.size() + 1), fill(quotes[random.nextInt(quotes.length)], slots));
        }
        for (String[] common : COMMON_ACRONYMS) {
            if (random.nextDouble() < Double.parseDouble(common[2])) {
                String[] templates = french ? COMMON_ACRONYM_SENTENCES_FR : COMMON_ACRONYM_SENTENCES_EN;
                String acronym = french ? common[1] : common[0];
                sentences.add(random.nextInt(sentences.size() + 1),
                        templates[random.nextInt(templates.length)].replace("{common}", acronym));
            }
        }
        sentences.add(0, fill(facts[0], slots));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            boolean newParagraph = i > 0 && (i == 1 || random.nextDouble() < 0.6);
            text.append(i == 0 ? "" : newParagraph ? "\n\n" : " ").append(sentences.get(i));
        }
        String headline = fill((french ? HEADLINES_FR : HEADLINES_EN)[event.kind()], slots);
        return new Article(headline, text.toString(), french ? "fr" : "en", WIRES[random.nextInt(WIRES.length)]);
    }

    /** A wire update of an article: one word changed and a line added, the rest as it was. */
    Article update(Event event, Article earlier, int number) {
        Random random = random(event.index(), 1_000 + number);
        boolean french = "fr".equals(earlier.language());
        Map<String, String> slots = slots(event, french, random);
        slots.put("time", String.format(Locale.ROOT, "%02d:%02d", 6 + (number * 7 + event.index()) % 16,
                number * 13 % 60));
        String[] updates = french ? UPDATES_FR : UPDATES_EN;
        String text = earlier.text();
        int space = text.indexOf(' ', random.nextInt(text.length()));
        if (space > 0) {
            int end = text.indexOf(' ', space + 1);
            if (end > 0) {
                text = text.substring(0, space + 1) + (french ? "aussi" : "also") + text.substring(end);
            }
        }
        return new Article(earlier.title(), text + "\n\n" + fill(updates[random.nextInt(updates.length)], slots),
                earlier.language(), earlier.source());
    }

    public record Article(String title, String text, String language, String source) {
    }

    /**
     * The articles stored about an event: retellings, wire updates of an earlier article (one word changed, a
     * line added) and earlier articles republished unchanged by another source.
     */
    public List<Article> told(Event event, int count) {
        List<Article> articles = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            Random random = random(event.index(), 2_000 + number);
            double draw = random.nextDouble();
            if (number > 0 && draw < 0.12) {
                articles.add(update(event, articles.get(random.nextInt(number)), number));
            } else if (number > 0 && draw < 0.15) {
                Article earlier = articles.get(random.nextInt(number));
                // the article's number in the event as the partner: never the same source twice for one text
                articles.add(new Article(earlier.title(), earlier.text(), earlier.language(), "partner:" + number));
            } else {
                articles.add(article(event, number));
            }
        }
        return articles;
    }

    private Map<String, String> slots(Event event, boolean french, Random random) {
        Locale locale = french ? Locale.FRANCE : Locale.UK;
        Map<String, String> slots = new TreeMap<>();
        slots.put("lead", event.lead());
        slots.put("second", event.second());
        slots.put("company", event.company());
        slots.put("otherCompany", event.otherCompany());
        slots.put("acronym", event.acronym());
        slots.put("city", event.city());
        slots.put("otherCity", event.otherCity());
        slots.put("country", COUNTRIES[event.country()][french ? 1 : 0]);
        slots.put("year", Integer.toString(event.year()));
        slots.put("nextYear", Integer.toString(event.year() + 1));
        slots.put("ref", Integer.toString(event.referenceYear()));
        slots.put("past", Integer.toString(event.pastYear()));
        slots.put("count", String.format(locale, "%,d", event.count()).replace('\u202F', ' ').replace('\u00A0', ' '));
        slots.put("amount", Integer.toString(event.amount()));
        slots.put("percent", String.format(locale, "%.1f", event.tenthsOfPercent() / 10.0));
        slots.put("day", Integer.toString(event.day()));
        slots.put("month", (french ? MONTHS_FR : MONTHS_EN)[event.month()]);
        slots.put("weekday", (french ? WEEKDAYS_FR : WEEKDAYS_EN)[event.weekday()]);
        slots.put("age", Integer.toString(19 + event.index() % 15));
        slots.put("goals", Integer.toString(3 + event.index() % 25));
        slots.put("weekday2", (french ? WEEKDAYS_FR : WEEKDAYS_EN)[random.nextInt(7)]);
        slots.put("month2", (french ? MONTHS_FR : MONTHS_EN)[random.nextInt(12)]);
        slots.put("country2", COUNTRIES[skewed(random, COUNTRIES.length)][french ? 1 : 0]);
        slots.put("third", event.third());
        slots.put("district", event.district());
        slots.put("capital", CAPITALS[random.nextInt(CAPITALS.length)]);
        slots.put("passer", person(random));
        slots.put("place", cities[skewed(random, cities.length)]);
        slots.put("firm", companyRoots[skewed(random, companyRoots.length)] + " "
                + COMPANY_SUFFIXES[random.nextInt(COMPANY_SUFFIXES.length)]);
        return slots;
    }

    private static String fill(String template, Map<String, String> slots) {
        StringBuilder text = new StringBuilder();
        int position = 0;
        while (true) {
            int open = template.indexOf('{', position);
            if (open < 0) {
                return text.append(template, position, template.length()).toString();
            }
            int close = template.indexOf('}', open);
            String value = slots.get(template.substring(open + 1, close));
            if (value == null) {
                throw new IllegalArgumentException("no slot " + template.substring(open, close + 1));
            }
            text.append(template, position, open).append(value);
            position = close + 1;
        }
    }

    private String person(Random random) {
        return FIRST_NAMES[skewed(random, FIRST_NAMES.length)] + " " + surnames[skewed(random, surnames.length)];
    }

    /** An organisation's own acronym: rare, unlike EU or NATO. */
    private static String acronym(Random random) {
        StringBuilder acronym = new StringBuilder();
        int length = 3 + random.nextInt(2);
        for (int i = 0; i < length; i++) {
            acronym.append((char) ('A' + random.nextInt(26)));
        }
        return acronym.toString();
    }

    /** Few entries drawn often, most rarely: the share of draws below k is sqrt(k / size). */
    private static int skewed(Random random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    private static int pick(Random random, int[] values, double[] shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String[] invent(Random random, int count, int minSyllables, int maxSyllables) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder();
            int syllables = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
            for (int i = 0; i < syllables; i++) {
                name.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            name.append(CODAS[random.nextInt(CODAS.length)]);
            String word = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (!StopWords.isStopWordInAnyLanguage(word.toLowerCase(Locale.ROOT))) {
                names.add(word);
            }
        }
        return names.toArray(String[]::new);
    }

    /** A generator of its own for each event and article, so that any of them can be regenerated alone. */
    private Random random(int event, int number) {
        long z = seed * 0x9E3779B97F4A7C15L + ((long) event << 24) + number;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
