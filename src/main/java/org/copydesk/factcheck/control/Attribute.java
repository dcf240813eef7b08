package org.copydesk.factcheck.control;

import java.util.EnumSet;
import java.util.Set;

import org.copydesk.factcheck.entity.ClaimKind;

/**
 * Language-independent attributes a value can measure. Language profiles only supply the words that
 * signal them; what the key looks like is decided here, once for all languages.
 */
public enum Attribute {
    AWARD("award", Holder.PERSON, false, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    BORN("born", Holder.PERSON, false, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    JOINED("joined", Holder.PERSON, true, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    LEFT("left", Holder.PERSON, true, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    APPOINTED("appointed", Holder.PERSON, true, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    /** The time by which something ends or is due: a contract runs until, a deal is to close by. */
    DEADLINE("until", Holder.ORGANISATION, false, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    FOUNDED("founded", Holder.THING, false, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    CREATED("created", Holder.THING, false, EnumSet.of(ClaimKind.YEAR, ClaimKind.DATE)),
    /** Money moved towards a named organisation; without a target it is keyed as plain spending. */
    ACQUISITION("acquisition", Holder.ORGANISATION, true, EnumSet.of(ClaimKind.AMOUNT)),
    REVENUE("revenue", Holder.ORGANISATION, false, EnumSet.of(ClaimKind.AMOUNT, ClaimKind.PERCENTAGE)),
    FUNDING("funding", Holder.ORGANISATION, false, EnumSet.of(ClaimKind.AMOUNT)),
    VALUATION("valuation", Holder.ORGANISATION, false, EnumSet.of(ClaimKind.AMOUNT)),
    SHARE_PRICE("shares", Holder.ORGANISATION, false, EnumSet.of(ClaimKind.PERCENTAGE, ClaimKind.AMOUNT)),
    /** Keyed with the unit concerned when one is named near the figure: "layoffs:ai-unit". */
    LAYOFFS("layoffs", Holder.ORGANISATION, false, EnumSet.of(ClaimKind.COUNT)),
    WORKFORCE("workforce", Holder.ORGANISATION, false, EnumSet.of(ClaimKind.COUNT));

    /** Who the entity part of the key is. */
    public enum Holder {
        /** A person: the laureate, the new hire. */
        PERSON,
        /** An organisation: the buyer, the employer. */
        ORGANISATION,
        /** The thing founded or created, not its creator: "lenet-5|created|year". */
        THING
    }

    private final String id;
    private final Holder holder;
    private final boolean withTarget;
    private final Set<ClaimKind> kinds;

    Attribute(String id, Holder holder, boolean withTarget, Set<ClaimKind> kinds) {
        this.id = id;
        this.holder = holder;
        this.withTarget = withTarget;
        this.kinds = kinds;
    }

    public String id() {
        return id;
    }

    public Holder holder() {
        return holder;
    }

    /** Whether the organisation the action is aimed at belongs in the key ("joined:meta"). */
    public boolean withTarget() {
        return withTarget;
    }

    public boolean measuredBy(ClaimKind kind) {
        return kinds.contains(kind);
    }
}
