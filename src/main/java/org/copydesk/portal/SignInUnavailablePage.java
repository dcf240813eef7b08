package org.copydesk.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's error page: when Keycloak cannot be reached (the sign-in mechanism then fails with a bare 500), a
 * 503 saying that signing in is unavailable; any other failure, a 500 saying that it was logged. Plain HTML from
 * the portal's resource bundle, with no script, so that it needs nothing that may be down.
 */
@WebServlet("/sign-in-unavailable")
public class SignInUnavailablePage extends HttpServlet {

    static final String BUNDLE = "org.copydesk.portal.messages";
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    SignInAvailability availability;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (availability.isAvailable()) {
            write(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "failure.title", "failure.text");
        } else {
            writeUnavailable(request, response);
        }
    }

    static void writeUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "signInUnavailable.title",
                "signInUnavailable.text");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String text) throws IOException {
        ResourceBundle messages = messagesFor(request.getLocale());
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.append("<!DOCTYPE html>\n<html lang=\"").append(messages.getLocale().getLanguage().isEmpty() ? "en"
                        : messages.getLocale().getLanguage()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(messages.getString(title))).append(" – ").append(escape(messages.getString("appName")))
                .append("</title></head><body><main><h1>").append(escape(messages.getString(title)))
                .append("</h1><p>").append(escape(messages.getString(text))).append("</p><p><a href=\"")
                .append(escape(request.getContextPath())).append("/\">").append(escape(messages.getString(
                        "signInUnavailable.retry"))).append("</a></p></main></body></html>\n");
    }

    /** The browser's language when the portal speaks it, else English (never the server's own default locale). */
    static ResourceBundle messagesFor(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
