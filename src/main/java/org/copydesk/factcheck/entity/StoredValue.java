package org.copydesk.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A {@link ClaimValue} in typed columns: a quantity in number, unit and hedge; a date in year, month and day; a
 * role or award in its label; a quote in its words and speaker.
 */
@Embeddable
public class StoredValue {

    @Column(name = "value_number", precision = 38, scale = 6)
    private BigDecimal number;

    @Column(name = "value_unit", length = 40)
    private String unit;

    @Column(name = "value_approximate")
    private Boolean approximate;

    @Column(name = "value_year")
    private Integer year;

    @Column(name = "value_month")
    private Integer month;

    @Column(name = "value_day")
    private Integer day;

    @Column(name = "value_label", length = 400)
    private String label;

    @Column(name = "value_words")
    private String words;

    @Column(name = "value_speaker", length = 400)
    private String speaker;

    protected StoredValue() {
    }

    public static StoredValue of(ClaimValue value) {
        StoredValue stored = new StoredValue();
        if (value instanceof Quantity quantity) {
            stored.number = quantity.number();
            stored.unit = quantity.unit();
            stored.approximate = quantity.approximate();
        } else if (value instanceof CalendarDate date) {
            stored.year = date.year();
            stored.month = date.month();
            stored.day = date.day();
        } else if (value instanceof Label label) {
            stored.label = label.canonical();
        } else if (value instanceof Quotation quotation) {
            stored.words = quotation.text();
            stored.speaker = quotation.speaker();
        }
        return stored;
    }

    public ClaimValue toValue() {
        if (words != null) {
            return new Quotation(words, speaker);
        }
        if (number != null) {
            return new Quantity(number, unit, Boolean.TRUE.equals(approximate));
        }
        if (year != null) {
            return new CalendarDate(year, month == null ? 0 : month, day == null ? 0 : day);
        }
        return new Label(label);
    }

    /** The normalized value as a reader checks it: "14300000000 USD", "2018-07", "chief ai scientist". */
    public String display() {
        ClaimValue value = toValue();
        if (value instanceof Quantity quantity) {
            return (quantity.approximate() ? "~" : "") + quantity.number().stripTrailingZeros().toPlainString()
                    + ("%".equals(quantity.unit()) ? "%" : " " + quantity.unit());
        }
        if (value instanceof CalendarDate date) {
            return date.iso();
        }
        return value instanceof Label label ? label.canonical() : ((Quotation) value).text();
    }

    public String speaker() {
        return speaker;
    }
}
