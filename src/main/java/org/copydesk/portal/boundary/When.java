package org.copydesk.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times as people read them: how long ago, with the exact time (UTC, the newsroom's common clock) beside it. */
@Named("when")
@ApplicationScoped
public class When {

    /** "3 min ago", "5 h ago", "2 d ago" in the person's language. */
    public String ago(Instant at) {
        if (at == null) {
            return "";
        }
        Duration since = Duration.between(at, Instant.now());
        if (since.toMinutes() < 1) {
            return Messages.text("when.now");
        }
        if (since.toMinutes() < 60) {
            return Messages.text("when.minutes", since.toMinutes());
        }
        if (since.toHours() < 48) {
            return Messages.text("when.hours", since.toHours());
        }
        return Messages.text("when.days", since.toDays());
    }

    /** The exact time in the person's language, for a title beside the relative one. */
    public String exact(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }
}
