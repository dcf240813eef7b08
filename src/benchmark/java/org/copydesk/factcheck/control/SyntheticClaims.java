package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.ClaimStatus;
import org.copydesk.factcheck.entity.ClaimValue;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.SubjectKey;
import org.copydesk.workflow.entity.ArticleState;

/**
 * A claim ledger's worth of invented stories for the contradiction lookup benchmark: stories of one to nine
 * articles, each article with six to fourteen claims as the ledger stores them. A story is about a company, its
 * partner, two people and a product, drawn from large pools with a skew, so that a few of them (Meta, OpenAI,
 * Yann LeCun) are in thousands of stories and subjects such as {@code meta|layoffs} have thousands of claims.
 *
 * <p>A story holds five to ten facts; its articles state them, most correctly (hedged or not), some wrongly, and
 * add what meets nothing: quotes, and figures with no attribute. Event figures (layoffs, revenue, a price paid)
 * differ from story to story; lasting ones (a birth date, the year someone joined a company or won an award) are
 * the same in every story. Everything follows from the seed: a story is regenerated from its index.
 */
final class SyntheticClaims {

    static final int MAX_ARTICLES = 9;
    private static final int ORGANISATIONS = 20_000;
    private static final int PEOPLE = 100_000;
    private static final int PRODUCTS = 20_000;
    private static final Instant FIRST_STORY = Instant.parse("2023-01-01T06:00:00Z");
    private static final Duration NEWS_SPAN = Duration.ofDays(3 * 365);
    private static final double WRONG = 0.15;
    private static final double MEETING_NOTHING = 0.33;

    private static final String[] KNOWN_ORGANISATIONS = {"Meta", "OpenAI", "Google", "Microsoft", "Apple", "Amazon",
        "Nvidia", "Tesla", "Anthropic", "Samsung", "Intel", "IBM", "Oracle", "Netflix", "Uber", "Spotify", "Airbnb",
        "TikTok", "ByteDance", "Alibaba", "Tencent", "Baidu", "Sony", "Siemens", "SAP", "Airbus", "Boeing",
        "Volkswagen", "Renault", "Stellantis", "BMW", "Mistral AI", "DeepMind", "Scale AI", "Palantir", "Salesforce",
        "Adobe", "Qualcomm", "AMD", "Arm", "TSMC", "Infosys", "Shopify", "Snap", "Pinterest", "Reddit", "Dropbox",
        "Zoom", "Intuit", "Cisco"};
    private static final String[][] KNOWN_PEOPLE = {{"Yann", "LeCun"}, {"Mark", "Zuckerberg"}, {"Sam", "Altman"},
        {"Elon", "Musk"}, {"Satya", "Nadella"}, {"Sundar", "Pichai"}, {"Tim", "Cook"}, {"Jensen", "Huang"},
        {"Demis", "Hassabis"}, {"Dario", "Amodei"}, {"Alexandr", "Wang"}, {"Lisa", "Su"}, {"Andy", "Jassy"},
        {"Mira", "Murati"}, {"Geoffrey", "Hinton"}, {"Yoshua", "Bengio"}, {"Arthur", "Mensch"}, {"Joelle", "Pineau"},
        {"Andrew", "Bosworth"}, {"Chris", "Cox"}, {"Sheryl", "Sandberg"}, {"Shengjia", "Zhao"}, {"Ilya", "Sutskever"},
        {"Greg", "Brockman"}, {"Mustafa", "Suleyman"}};
    private static final String[] KNOWN_PRODUCTS = {"Llama", "ChatGPT", "Gemini", "Claude", "iPhone", "PyTorch",
        "LeNet-5", "TensorFlow", "Android", "Windows", "Copilot", "Quest", "Vision Pro", "Model Y", "Cybertruck",
        "Sora", "Grok", "Bard", "Alexa", "Kindle"};
    private static final String[] FIRST_NAMES = ("Maria Anna John David Michael Laura Thomas Sarah Daniel Julia Peter "
            + "Elena Marc Sophie Ahmed Fatima Luca Chiara Jan Eva Pierre Claire Jean Camille Nicolas Isabelle Paul "
            + "Marie Olivier Hans Ingrid Karl Petra Carlos Lucia Javier Carmen Ivan Olga Andrei Natalia Yusuf Amina "
            + "Kenji Yuki Wei Mei Raj Priya Samuel Grace James Emma Robert Olivia William Chloe Henrik Astrid Mateo "
            + "Valentina Diego Sofia Omar Leila Tomasz Erik Sigrid Pablo Ines Hugo Lea").split(" ");
    private static final String[] ONSETS = ("b br c ch d dr f g gr h j k kr l m n p pr r s st t tr v w z bl fl gl "
            + "sl sh th").split(" ");
    private static final String[] VOWELS = "a e i o u a e o ai ei ou ia io".split(" ");
    private static final String[] CODAS = "n r l s t m k nd rt ls ck rn nt ss x".split(" ");
    private static final String[] COMPANY_SUFFIXES = ("Systems Labs Robotics Energy Bank Motors Pharma Holdings "
            + "Telecom Logistics Media Analytics Networks Foods Semiconductors Games").split(" ");
    private static final String[] AWARDS = {"Turing", "Nobel", "Pulitzer", "Fields", "Abel", "Kyoto", "Wolf",
        "Queen Elizabeth", "Princess of Asturias", "Draper", "Japan", "Breakthrough", "Lasker", "Shaw", "Crafoord",
        "Holberg", "Templeton", "Marconi", "Kavli", "Dirac", "Rumelhart", "Lovelace", "Hopper", "Feynman",
        "Balzan", "Millennium Technology", "Gruber", "Heineken", "Körber", "Leibniz"};
    /** Canonical roles, as the English profile names them. */
    private static final String[] ROLES = {"chief executive officer", "chief ai scientist", "chief scientist",
        "chief ai officer", "chief technology officer", "chief product officer", "chief financial officer",
        "vice president", "president", "chair", "founding director", "co-founder", "founder", "professor"};
    private static final String[] UNITS = {"ai", "research", "cloud", "sales", "hardware", "engineering"};
    private static final String[] SUPERLATIVES = {"largest", "busiest", "most valuable", "fastest", "oldest"};
    private static final String[] ORDINALS = {"", "", "second-", "third-", "fourth-", "fifth-", "sixth-", "seventh-",
        "eighth-", "ninth-", "tenth-", "eleventh-", "twelfth-"};
    private static final String[] MONTHS = ("January February March April May June July August September October "
            + "November December").split(" ");
    private static final String[] WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split(" ");
    private static final String[] CITIES = ("Paris London Berlin Zurich Toronto Boston Seattle Austin Tokyo Seoul "
            + "Bangalore Amsterdam Dublin Stockholm Munich Lyon Montreal Singapore").split(" ");
    private static final String[] QUOTES = {"We are not slowing down, we are focusing",
        "This is the most important platform shift of our lifetime",
        "The goal is to build systems that understand the physical world",
        "Nobody should read this as a retreat", "We owe our customers a clear answer",
        "These were hard decisions and we made them carefully", "The numbers speak for themselves",
        "I have never been more optimistic about what we can build",
        "Regulators will look very closely at a deal of this size",
        "The technology is useful but fundamentally limited", "We will keep investing through the cycle",
        "Our people are what makes this company work"};
    private static final String[] SOURCES = {"wire:reuters", "wire:ap", "wire:afp", "wire:bloomberg", "correspondent",
        "staff", "freelance"};
    private static final String[] TAILS = {"", "", ", the company said in a statement",
        ", according to a filing with regulators", ", people familiar with the matter said",
        ", a spokesperson confirmed on %s", ", according to an internal memo seen by reporters",
        ", analysts said on %s", ", the company told investors on %s",
        ", according to figures published on %s"};
    private static final String[] CHECKERS = {"a.moreau", "j.okafor", "l.schmidt", "m.rossi", "s.tanaka",
        "k.nowak"};

    /** What a story's facts can be about, how often stories tell it, and whether its value lasts. */
    enum Topic {
        LAYOFFS(8, false), LAYOFFS_UNIT(3, false), WORKFORCE(2, false), REVENUE(5, false), REVENUE_GROWTH(2, false),
        FUNDING(3, false), VALUATION(2, false), SHARES(3, false), ACQUISITION(3, false), RANKING(1, false),
        AGE(4, false), FOUNDED(2, true), CREATED(2, true), BORN(2, true), JOINED(3, true), LEFT(1, true),
        APPOINTED(2, true), ROLE(5, true), AWARD(2, true), AWARD_YEAR(2, true);

        final int weight;
        /** The value is the same in every story: a birth date, not a number of layoffs. */
        final boolean lasting;

        Topic(int weight, boolean lasting) {
            this.weight = weight;
            this.lasting = lasting;
        }
    }

    record Entity(String key, String name) {
    }

    /** A fact a story states: what about, of which kind, and its true value. */
    record Fact(Topic topic, SubjectKey key, ClaimKind kind, ClaimValue truth, Entity holder, Entity other,
            String detail) {
    }

    /** A claim row as the ledger stores it; {@code claim} is what the comparison logic reads. */
    record StoredClaim(UUID id, UUID articleId, Claim claim, String subject, boolean lasting, boolean correct,
            ClaimStatus status, String evidence, String correction, String ratedBy, Instant ratedAt,
            Instant extractedAt) {
    }

    record StoredArticle(UUID id, int number, String title, String source, ArticleState state, String text,
            Instant receivedAt, List<StoredClaim> claims) {
    }

    record Story(int index, UUID id, String title, Instant createdAt, int principalRank,
            List<StoredArticle> articles) {
    }

    private final long seed;
    private final int stories;
    private final Entity[] organisations = new Entity[ORGANISATIONS];
    private final Entity[] people = new Entity[PEOPLE];
    private final Entity[] products = new Entity[PRODUCTS];
    private final double[] organisationRanks = zipf(ORGANISATIONS, 1.0);
    private final double[] personRanks = zipf(PEOPLE, 0.9);
    private final double[] productRanks = zipf(PRODUCTS, 0.9);

    /** @param stories how many stories the ledger will hold, to spread them over the news span */
    SyntheticClaims(long seed, int stories) {
        this.seed = seed;
        this.stories = stories;
        for (int i = 0; i < ORGANISATIONS; i++) {
            String name = i < KNOWN_ORGANISATIONS.length ? KNOWN_ORGANISATIONS[i] : invented(i * 7919L + 3, 2)
                    + (i % 3 == 0 ? " " + COMPANY_SUFFIXES[i % COMPANY_SUFFIXES.length] : "");
            organisations[i] = new Entity(Words.slug(name), name);
        }
        for (int i = 0; i < PEOPLE; i++) {
            String[] name = i < KNOWN_PEOPLE.length ? KNOWN_PEOPLE[i]
                    : new String[] {FIRST_NAMES[i % FIRST_NAMES.length], invented(i * 104_729L + 11, 2 + i % 2)};
            // the ledger keys people by family name, as SubjectKeys does
            people[i] = new Entity(Words.slug(name[1]), name[0] + " " + name[1]);
        }
        for (int i = 0; i < PRODUCTS; i++) {
            String name = i < KNOWN_PRODUCTS.length ? KNOWN_PRODUCTS[i]
                    : invented(i * 15_485_863L + 7, 2) + (i % 2 == 0 ? "-" + (2 + i % 7) : "");
            products[i] = new Entity(Words.slug(name), name);
        }
    }

    /** The story's articles and claims; {@code claimLimit} cuts the last claims off (the last story of a run). */
    Story story(int index, int claimLimit) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int principal = draw(random, organisationRanks);
        Entity company = organisations[principal];
        Entity partner = organisations[other(random, principal)];
        Entity lead = people[draw(random, personRanks)];
        Entity second = people[draw(random, personRanks)];
        Entity product = products[draw(random, productRanks)];
        Instant createdAt = FIRST_STORY.plus(NEWS_SPAN.multipliedBy(index).dividedBy(Math.max(1, stories)));
        int year = createdAt.atZone(ZoneOffset.UTC).getYear();
        List<Fact> facts = facts(random, company, partner, lead, second, product, year);

        UUID storyId = uuid(random);
        int articleCount = 1 + random.nextInt(MAX_ARTICLES);
        List<StoredArticle> articles = new ArrayList<>();
        int claimsLeft = claimLimit;
        for (int number = 0; number < articleCount && claimsLeft > 0; number++) {
            StoredArticle article = article(random, number, company, lead, second, facts, year,
                    createdAt.plus(Duration.ofMinutes(37L * number + random.nextInt(30))), claimsLeft);
            claimsLeft -= article.claims().size();
            articles.add(article);
        }
        return new Story(index, storyId, company.name() + ": " + headline(facts.get(0)), createdAt, principal,
                articles);
    }

    private List<Fact> facts(SplittableRandom random, Entity company, Entity partner, Entity lead, Entity second,
            Entity product, int year) {
        int wanted = 5 + random.nextInt(6);
        List<Topic> topics = new ArrayList<>(List.of(Topic.values()));
        List<Fact> facts = new ArrayList<>();
        while (facts.size() < wanted && !topics.isEmpty()) {
            int total = topics.stream().mapToInt(topic -> topic.weight).sum();
            int pick = random.nextInt(total);
            Topic topic = null;
            for (Topic candidate : topics) {
                pick -= candidate.weight;
                if (pick < 0) {
                    topic = candidate;
                    break;
                }
            }
            topics.remove(topic);
            Entity person = random.nextInt(3) == 0 ? second : lead;
            facts.add(fact(random, topic, company, partner, person, product, year));
        }
        return facts;
    }

    private Fact fact(SplittableRandom random, Topic topic, Entity company, Entity partner, Entity person,
            Entity product, int year) {
        return switch (topic) {
            case LAYOFFS -> new Fact(topic, key(company, "layoffs", "count"), ClaimKind.COUNT,
                    count(50 * (2 + random.nextInt(400)), "jobs"), company, null, null);
            case LAYOFFS_UNIT -> {
                String unit = UNITS[random.nextInt(UNITS.length)];
                yield new Fact(topic, key(company, "layoffs:" + unit + "-unit", "count"), ClaimKind.COUNT,
                        count(10 * (5 + random.nextInt(300)), "jobs"), company, null, unit);
            }
            case WORKFORCE -> new Fact(topic, key(company, "workforce", "count"), ClaimKind.COUNT,
                    count(1000 * (1 + random.nextInt(300)), "jobs"), company, null, null);
            case REVENUE -> new Fact(topic, key(company, "revenue", "amount"), ClaimKind.AMOUNT,
                    money(random), company, null, null);
            case REVENUE_GROWTH -> new Fact(topic, key(company, "revenue", "percentage"), ClaimKind.PERCENTAGE,
                    percent(5 + random.nextInt(400)), company, null, null);
            case FUNDING -> new Fact(topic, key(company, "funding", "amount"), ClaimKind.AMOUNT, money(random),
                    company, null, null);
            case VALUATION -> new Fact(topic, key(company, "valuation", "amount"), ClaimKind.AMOUNT,
                    money(random), company, null, null);
            case SHARES -> new Fact(topic, key(company, "shares", "percentage"), ClaimKind.PERCENTAGE,
                    percent(5 + random.nextInt(250)), company, null, null);
            case ACQUISITION -> new Fact(topic, key(company, "acquisition:" + partner.key(), "amount"),
                    ClaimKind.AMOUNT, money(random), company, partner, null);
            case RANKING -> {
                String superlative = SUPERLATIVES[random.nextInt(SUPERLATIVES.length)];
                yield new Fact(topic, key(company, "rank:" + Words.slug(superlative), "rank"), ClaimKind.RANKING,
                        new Quantity(BigDecimal.valueOf(1 + random.nextInt(12)), "rank", false), company, null,
                        superlative);
            }
            case AGE -> new Fact(topic, key(person, "", "age"), ClaimKind.AGE,
                    new Quantity(BigDecimal.valueOf(year - birth(person).year()), "years", false), person, null,
                    null);
            case FOUNDED -> new Fact(topic, key(company, "founded", "year"), ClaimKind.YEAR,
                    CalendarDate.ofYear(lasting(company.key() + "|founded", 1900, 2020)), company, null, null);
            case CREATED -> new Fact(topic, key(product, "created", "date"), ClaimKind.DATE,
                    new CalendarDate(lasting(product.key() + "|created", 1985, 2024),
                            lasting(product.key() + "|created-month", 1, 12), 0), product, company, null);
            case BORN -> new Fact(topic, key(person, "born", "date"), ClaimKind.DATE, birth(person), person, null,
                    null);
            case JOINED -> new Fact(topic, key(person, "joined:" + company.key(), "year"), ClaimKind.YEAR,
                    CalendarDate.ofYear(lasting(person.key() + "|joined:" + company.key(), 1995, year)), person,
                    company, null);
            case LEFT -> new Fact(topic, key(person, "left:" + partner.key(), "year"), ClaimKind.YEAR,
                    CalendarDate.ofYear(lasting(person.key() + "|left:" + partner.key(), 1995, year)), person,
                    partner, null);
            case APPOINTED -> new Fact(topic, key(person, "appointed:" + company.key(), "year"), ClaimKind.YEAR,
                    CalendarDate.ofYear(lasting(person.key() + "|appointed:" + company.key(), 2000, year)),
                    person, company, null);
            case ROLE -> {
                String role = ROLES[lasting(person.key() + "|role", 0, ROLES.length - 1)];
                yield new Fact(topic, key(person, "role:" + Words.slug(role), ""), ClaimKind.ROLE, new Label(role),
                        person, company, role);
            }
            case AWARD, AWARD_YEAR -> {
                String award = AWARDS[lasting(person.key() + "|award", 0, AWARDS.length - 1)];
                String attribute = "award:" + Words.slug(award);
                yield topic == Topic.AWARD
                        ? new Fact(topic, key(person, attribute, ""), ClaimKind.AWARD,
                                new Label(Words.fold(award)), person, null, award)
                        : new Fact(topic, key(person, attribute, "year"), ClaimKind.YEAR,
                                CalendarDate.ofYear(lasting(person.key() + "|" + attribute, 1970, year)), person,
                                null, award);
            }
        };
    }

    private StoredArticle article(SplittableRandom random, int number, Entity company, Entity lead, Entity second,
            List<Fact> facts, int year, Instant receivedAt, int claimLimit) {
        UUID id = uuid(random);
        ArticleState state = state(random);
        int wanted = Math.min(claimLimit, 6 + random.nextInt(9));
        StringBuilder text = new StringBuilder();
        List<StoredClaim> claims = new ArrayList<>();
        Set<Fact> used = new HashSet<>();
        for (int position = 0; position < wanted; position++) {
            if (position > 0) {
                text.append(position % 3 == 0 ? "\n\n" : " ");
            }
            int start = text.length();
            Written written;
            String subject = null;
            boolean lasting = false;
            boolean correct = true;
            if (random.nextDouble() < MEETING_NOTHING) {
                written = meetsNothing(random, company, random.nextBoolean() ? lead : second, year);
            } else {
                Fact fact = fact(random, facts, used);
                used.add(fact);
                // roles and awards under one key always agree: no value of theirs is wrong
                correct = fact.truth() instanceof Label || random.nextDouble() >= WRONG;
                written = stated(random, fact, correct ? told(random, fact) : wrong(random, fact), year);
                subject = fact.key().entity() + "|" + fact.key().attribute();
                lasting = fact.topic().lasting;
            }
            text.append(written.sentence());
            Claim claim = new Claim(position, start, text.length(), start + written.phraseStart(),
                    start + written.phraseEnd(), written.kind(), written.value(), written.key(), written.sentence(),
                    "en");
            claims.add(rated(random, id, claim, subject, lasting, correct, state, receivedAt));
        }
        String source = SOURCES[random.nextInt(SOURCES.length)];
        String title = company.name() + (number == 0 ? "" : " update " + number) + ": " + firstWords(claims);
        return new StoredArticle(id, number, title, source, state, text.toString(), receivedAt, claims);
    }

    /** The story's first facts are its news: most articles state them, and seldom twice. */
    private static Fact fact(SplittableRandom random, List<Fact> facts, Set<Fact> used) {
        Fact fact = null;
        for (int draw = 0; draw < 2 && (fact == null || used.contains(fact)); draw++) {
            fact = facts.get(Math.min(random.nextInt(facts.size()), random.nextInt(facts.size())));
        }
        return fact;
    }

    private static ArticleState state(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 68 ? ArticleState.PUBLISHED : roll < 76 ? ArticleState.READY : roll < 86
                ? ArticleState.FACT_CHECK : roll < 92 ? ArticleState.REVISION : ArticleState.REJECTED;
    }

    /** The fact-checker's verdict as far as the article got: published claims are rated, the others mostly not. */
    private StoredClaim rated(SplittableRandom random, UUID articleId, Claim claim, String subject, boolean lasting,
            boolean correct, ArticleState state, Instant receivedAt) {
        Instant extracted = receivedAt.plus(Duration.ofMinutes(5 + random.nextInt(60)));
        boolean reviewed = state == ArticleState.PUBLISHED || state == ArticleState.READY
                || state != ArticleState.FACT_CHECK && random.nextBoolean();
        ClaimStatus status = !reviewed ? ClaimStatus.UNCHECKED : claim.kind() == ClaimKind.QUOTE
                ? (random.nextInt(4) == 0 ? ClaimStatus.UNVERIFIABLE : ClaimStatus.VERIFIED)
                : correct ? ClaimStatus.VERIFIED : ClaimStatus.FALSE;
        String evidence = status == ClaimStatus.UNCHECKED ? null : status == ClaimStatus.VERIFIED
                ? "Checked against " + (random.nextBoolean() ? "the company's annual report" : "the agency copy")
                : "The company's own filing gives a different figure";
        String correction = status == ClaimStatus.FALSE && state != ArticleState.REJECTED
                ? "The figure is corrected in the text" : null;
        return new StoredClaim(uuid(random), articleId, claim, subject, lasting, correct, status, evidence,
                correction, status == ClaimStatus.UNCHECKED ? null : CHECKERS[random.nextInt(CHECKERS.length)],
                status == ClaimStatus.UNCHECKED ? null : extracted.plus(Duration.ofMinutes(20)), extracted);
    }

    /** A sentence with a value and where its phrase is. */
    record Written(String sentence, int phraseStart, int phraseEnd, ClaimKind kind, ClaimValue value,
            SubjectKey key) {
    }

    /** A quote, or a figure with no attribute word near it: the ledger stores it with no subject. */
    private Written meetsNothing(SplittableRandom random, Entity company, Entity person, int year) {
        int roll = random.nextInt(10);
        if (roll < 5) {
            String words = QUOTES[random.nextInt(QUOTES.length)];
            String sentence = "“" + words + ",” " + person.name() + " said.";
            return new Written(sentence, 1, 1 + words.length(), ClaimKind.QUOTE,
                    new Quotation(words, person.name()), key(person, "", "quote"));
        }
        if (roll < 8) {
            Quantity amount = money(random);
            String phrase = moneyPhrase(amount, false);
            String before = "The market " + company.name() + " is betting on could be worth ";
            return new Written(before + phrase + " by " + (year + 5) + ".", before.length(),
                    before.length() + phrase.length(), ClaimKind.AMOUNT, amount, key(company, "", "amount"));
        }
        int when = year + 1 + random.nextInt(3);
        String before = company.name() + " expects the change to take effect in ";
        return new Written(before + when + ".", before.length(), before.length() + 4, ClaimKind.YEAR,
                CalendarDate.ofYear(when), key(company, "", "year"));
    }

    /** The value as an article that gets it right gives it: sometimes hedged or less precise. */
    private static ClaimValue told(SplittableRandom random, Fact fact) {
        if (fact.truth() instanceof Quantity quantity && random.nextInt(4) == 0
                && (fact.kind() == ClaimKind.COUNT || fact.kind() == ClaimKind.AMOUNT)) {
            BigDecimal rounded = quantity.number().round(new MathContext(2));
            return new Quantity(rounded, quantity.unit(), true);
        }
        if (fact.truth() instanceof Quantity quantity && fact.kind() == ClaimKind.AGE && random.nextInt(3) == 0) {
            return new Quantity(quantity.number().subtract(BigDecimal.ONE), quantity.unit(), false);
        }
        if (fact.truth() instanceof CalendarDate date && date.month() != 0 && random.nextInt(3) == 0) {
            return CalendarDate.ofYear(date.year());
        }
        return fact.truth();
    }

    /** A value that contradicts the fact; roles and awards under one key always agree, so they stay as they are. */
    private static ClaimValue wrong(SplittableRandom random, Fact fact) {
        if (fact.truth() instanceof Quantity quantity) {
            BigDecimal number = quantity.number();
            BigDecimal changed = switch (fact.kind()) {
                case PERCENTAGE -> number.add(BigDecimal.valueOf(10 + random.nextInt(50), 1));
                case AGE -> number.add(BigDecimal.valueOf(3 + random.nextInt(8)));
                case RANKING -> number.add(BigDecimal.ONE);
                default -> number.multiply(BigDecimal.valueOf(random.nextBoolean() ? 12 + random.nextInt(8)
                        : 5 + random.nextInt(3))).movePointLeft(1).stripTrailingZeros();
            };
            return new Quantity(changed.max(BigDecimal.ONE), quantity.unit(), false);
        }
        if (fact.truth() instanceof CalendarDate date) {
            return new CalendarDate(date.year() - 1 - random.nextInt(3), date.month(), date.day());
        }
        return fact.truth();
    }

    private static Written stated(SplittableRandom random, Fact fact, ClaimValue value, int year) {
        String tail = String.format(Locale.ROOT, TAILS[random.nextInt(TAILS.length)],
                WEEKDAYS[random.nextInt(WEEKDAYS.length)]);
        String holder = fact.holder().name();
        String other = fact.other() == null ? "" : fact.other().name();
        String phrase = phrase(fact, value);
        String before;
        String after;
        switch (fact.topic()) {
            case LAYOFFS -> {
                before = random.nextBoolean() ? holder + " will cut " : holder + " has laid off ";
                after = tail + ".";
            }
            case LAYOFFS_UNIT -> {
                before = holder + " is cutting ";
                after = " in its " + unitName(fact.detail()) + " unit" + tail + ".";
            }
            case WORKFORCE -> {
                before = holder + " employs ";
                after = " worldwide" + tail + ".";
            }
            case REVENUE -> {
                before = holder + " reported revenue of ";
                after = " for " + (year - 1) + tail + ".";
            }
            case REVENUE_GROWTH -> {
                before = holder + "’s revenue grew ";
                after = " in the last quarter" + tail + ".";
            }
            case FUNDING -> {
                before = holder + " has raised ";
                after = " in its latest funding round" + tail + ".";
            }
            case VALUATION -> {
                before = "The deal values " + holder + " at ";
                after = tail + ".";
            }
            case SHARES -> {
                before = "Shares of " + holder + " fell ";
                after = " in early trading" + tail + ".";
            }
            case ACQUISITION -> {
                before = holder + " agreed to buy " + other + " for ";
                after = tail + ".";
            }
            case RANKING -> {
                before = holder + " is now the ";
                after = " company in its market" + tail + ".";
            }
            case AGE -> {
                before = holder + ", ";
                after = ", has led the project since it began.";
            }
            case FOUNDED -> {
                before = holder + ", which was founded in ";
                after = ", did not comment" + tail + ".";
            }
            case CREATED -> {
                before = other + " released " + holder + " in ";
                after = tail + ".";
            }
            case BORN -> {
                before = holder + " was born on ";
                after = " in " + CITIES[Math.floorMod(holder.hashCode(), CITIES.length)] + ".";
            }
            case JOINED -> {
                before = holder + " joined " + other + " in ";
                after = " and has stayed there since.";
            }
            case LEFT -> {
                before = holder + " left " + other + " in ";
                after = tail + ".";
            }
            case APPOINTED -> {
                before = holder + " was appointed to the board of " + other + " in ";
                after = ".";
            }
            case ROLE -> {
                before = holder + ", the ";
                after = " of " + other + ", said the plan was on track.";
            }
            case AWARD -> {
                before = holder + " received the ";
                after = " for work on neural networks.";
            }
            case AWARD_YEAR -> {
                before = holder + " won the " + fact.detail() + " Award in ";
                after = ".";
            }
            default -> throw new IllegalStateException(fact.topic().name());
        }
        boolean yearOnly = fact.kind() == ClaimKind.DATE && value instanceof CalendarDate date && date.month() == 0;
        // a date given as a year alone is a YEAR claim, keyed "…|year", and still meets the date
        return new Written(before + phrase + after, before.length(), before.length() + phrase.length(),
                yearOnly ? ClaimKind.YEAR : fact.kind(), value, yearOnly
                        ? new SubjectKey(fact.key().entity(), fact.key().attribute(), "year") : fact.key());
    }

    private static String phrase(Fact fact, ClaimValue value) {
        if (value instanceof Label label) {
            return fact.kind() == ClaimKind.AWARD ? fact.detail() + " Award" : label.canonical().replace("ai ", "AI ");
        }
        if (value instanceof CalendarDate date) {
            if (date.month() == 0) {
                return Integer.toString(date.year());
            }
            return MONTHS[date.month() - 1] + (date.day() == 0 ? " " : " " + date.day() + ", ") + date.year();
        }
        Quantity quantity = (Quantity) value;
        String hedge = quantity.approximate() ? "about " : "";
        return switch (fact.kind()) {
            case AMOUNT -> moneyPhrase(quantity, quantity.approximate());
            case PERCENTAGE -> quantity.number().stripTrailingZeros().toPlainString() + "%";
            case AGE -> quantity.number().toPlainString();
            case RANKING -> ORDINALS[Math.min(quantity.number().intValue(), ORDINALS.length - 1)]
                    + fact.detail();
            default -> hedge + String.format(Locale.ROOT, "%,d", quantity.number().longValue())
                    + (fact.topic() == Topic.WORKFORCE ? " employees" : " jobs");
        };
    }

    private static String moneyPhrase(Quantity amount, boolean hedged) {
        BigDecimal number = amount.number();
        boolean billions = number.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0;
        String figure = number.movePointLeft(billions ? 9 : 6).stripTrailingZeros().toPlainString();
        return (hedged ? "about $" : "$") + figure + (billions ? " billion" : " million");
    }

    private static String unitName(String unit) {
        return unit.equals("ai") ? "AI" : unit;
    }

    private static String headline(Fact fact) {
        return fact.topic().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String firstWords(List<StoredClaim> claims) {
        String sentence = claims.get(0).claim().sentence();
        return sentence.length() <= 80 ? sentence : sentence.substring(0, 80);
    }

    private static SubjectKey key(Entity entity, String attribute, String facet) {
        return new SubjectKey(entity.key(), attribute, facet);
    }

    private static Quantity count(long number, String unit) {
        return new Quantity(BigDecimal.valueOf(number), unit, false);
    }

    /** From $10 million to some $99 billion, with two or three significant digits. */
    private static Quantity money(SplittableRandom random) {
        int exponent = 7 + random.nextInt(4);
        return new Quantity(BigDecimal.valueOf(10 + random.nextInt(990)).movePointRight(exponent - 2)
                .stripTrailingZeros(), "USD", false);
    }

    private static Quantity percent(int tenths) {
        return new Quantity(BigDecimal.valueOf(tenths, 1), "%", false);
    }

    private CalendarDate birth(Entity person) {
        return new CalendarDate(lasting(person.key() + "|born", 1940, 1995), lasting(person.key() + "|born-month",
                1, 12), lasting(person.key() + "|born-day", 1, 28));
    }

    /** A value that is the same wherever the subject appears: drawn from the subject itself, not the story. */
    private int lasting(String subject, int from, int to) {
        long mixed = new SplittableRandom(seed ^ (subject.hashCode() * 0xC2B2AE3D27D4EB4FL)).nextLong();
        return from + (int) Math.floorMod(mixed, (long) (to - from + 1));
    }

    private int other(SplittableRandom random, int principal) {
        int partner;
        do {
            partner = draw(random, organisationRanks);
        } while (partner == principal);
        return partner;
    }

    private static UUID uuid(SplittableRandom random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    /** Cumulative shares of ranks 1..n under Zipf's law with this exponent. */
    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static int draw(SplittableRandom random, double[] cumulative) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    /** A pronounceable invented name of two or three syllables, the same for the same number. */
    private static String invented(long number, int syllables) {
        SplittableRandom random = new SplittableRandom(number);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        name.append(CODAS[random.nextInt(CODAS.length)]);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
