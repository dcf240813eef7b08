package org.copydesk.publish.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.copydesk.publish.control.PublicChannels;
import org.copydesk.publish.control.Renditions;
import org.copydesk.publish.entity.Channel;
import org.copydesk.publish.entity.ChannelItem;

/** The public page of a published article at /articles/{slug}, under a policy that lets no script run. */
@WebServlet("/articles/*")
public class ArticlePage extends HttpServlet {

    @Inject
    PublicChannels channels;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", Renditions.PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getPathInfo();
        String slug = path == null ? "" : path.substring(1);
        Optional<ChannelItem> found = slug.isEmpty() || slug.contains("/") ? Optional.empty()
                : channels.item(Channel.PAGE, slug);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ChannelItem item = found.get();
        String etag = "\"" + item.getEtag() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "max-age=30");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(item.isKilled() ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=utf-8");
        response.getOutputStream().write(("<!doctype html>\n" + item.getContent()).getBytes(StandardCharsets.UTF_8));
    }
}
