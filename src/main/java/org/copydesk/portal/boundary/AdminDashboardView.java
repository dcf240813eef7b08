package org.copydesk.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.DashboardFigures;
import org.copydesk.portal.entity.DayCount;
import org.copydesk.portal.entity.StepTime;

/**
 * The desk at a glance in charts (Chart.js inside PrimeFaces, its script carrying the page's nonce), each with its
 * figures one click away as a table. Times in steps are shown in minutes.
 */
@Named
@RequestScoped
public class AdminDashboardView {

    // looked up once: each Json.create... call would search the class path for a provider again
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int DAYS = 14;
    private static final String[] COLOURS = {"#3b82f6", "#ef4444", "#10b981", "#f59e0b"};

    @Inject
    PersonsApi api;

    private DashboardFigures figures;

    @PostConstruct
    void load() {
        try {
            figures = api.admin().dashboard(DAYS);
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public List<Figure> getStates() {
        return figures(figures.getArticlesByState());
    }

    public List<Figure> getOverdue() {
        return figures(figures.getOverdueByGroup());
    }

    private static List<Figure> figures(Map<String, Long> counts) {
        return counts.entrySet().stream().map(count -> new Figure(count.getKey(), count.getValue())).toList();
    }

    /** The three per-day series side by side, one row a day. */
    public List<DayRow> getDays() {
        List<DayCount> published = figures.getPublishedPerDay();
        return java.util.stream.IntStream.range(0, published.size()).mapToObj(day -> new DayRow(
                published.get(day).getDay().toString(), published.get(day).getCount(),
                figures.getContradictionsPerDay().get(day).getCount(),
                figures.getClaimsRatedPerDay().get(day).getCount())).toList();
    }

    public String getStatesChart() {
        return chart("bar", figures.getArticlesByState().keySet(),
                dataset(Messages.text("admin.dashboard.articles"), figures.getArticlesByState().values(), 0));
    }

    public String getOverdueChart() {
        return chart("bar", figures.getOverdueByGroup().keySet(),
                dataset(Messages.text("admin.dashboard.overdueTasks"), figures.getOverdueByGroup().values(), 1));
    }

    public String getDaysChart() {
        List<String> days = figures.getPublishedPerDay().stream().map(day -> day.getDay().toString()).toList();
        return chart("line", days,
                dataset(Messages.text("admin.dashboard.published"), counts(figures.getPublishedPerDay()), 0),
                dataset(Messages.text("admin.dashboard.contradictions"), counts(figures.getContradictionsPerDay()), 1),
                dataset(Messages.text("admin.dashboard.claimsRated"), counts(figures.getClaimsRatedPerDay()), 2));
    }

    public String getStepsChart() {
        List<StepTime> steps = figures.getTimeInStep();
        return chart("bar", steps.stream().map(StepTime::getStep).toList(),
                dataset(Messages.text("admin.dashboard.median"), minutes(steps, StepTime::getMedianSeconds), 0),
                dataset(Messages.text("admin.dashboard.p90"), minutes(steps, StepTime::getP90Seconds), 3));
    }

    public static long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }

    private static List<Long> counts(List<DayCount> days) {
        return days.stream().map(DayCount::getCount).toList();
    }

    private static List<Long> minutes(List<StepTime> steps, ToLongFunction<StepTime> seconds) {
        return steps.stream().map(step -> minutes(seconds.applyAsLong(step))).toList();
    }

    private static JsonObjectBuilder dataset(String label, Collection<Long> values, int colour) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        values.forEach(data::add);
        return JSON.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", COLOURS[colour]).add("borderColor", COLOURS[colour]);
    }

    private static String chart(String type, Collection<String> labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            sets.add(dataset);
        }
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", JSON.createArrayBuilder(labels)).add("datasets", sets))
                .add("options", JSON.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** One row of a chart's table: what is counted, and how many. */
    public static class Figure {
        private final String label;
        private final long count;

        Figure(String label, long count) {
            this.label = label;
            this.count = count;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }
    }

    /** One day of the per-day table. */
    public static class DayRow {
        private final String day;
        private final long published;
        private final long contradictions;
        private final long claimsRated;

        DayRow(String day, long published, long contradictions, long claimsRated) {
            this.day = day;
            this.published = published;
            this.contradictions = contradictions;
            this.claimsRated = claimsRated;
        }

        public String getDay() {
            return day;
        }

        public long getPublished() {
            return published;
        }

        public long getContradictions() {
            return contradictions;
        }

        public long getClaimsRated() {
            return claimsRated;
        }
    }
}
