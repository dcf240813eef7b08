package org.copydesk.portal.entity;

/** How many times something happened on one day. Pages read it through getters, hence a class. */
public class DayCount implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private java.time.LocalDate day;
    private long count;

    public java.time.LocalDate getDay() {
        return day;
    }

    public void setDay(java.time.LocalDate day) {
        this.day = day;
    }

    public long getCount() {
        return count;
    }

    public void setCount(long count) {
        this.count = count;
    }
}
