package org.copydesk.startup;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.copydesk.admin.boundary.AdminArticlesResource;
import org.copydesk.admin.boundary.AuditChainsResource;
import org.copydesk.admin.boundary.DashboardResource;
import org.copydesk.admin.boundary.DeliveriesResource;
import org.copydesk.admin.boundary.FailedJobsResource;
import org.copydesk.admin.boundary.MetricsResource;
import org.copydesk.admin.boundary.PartnersResource;
import org.copydesk.admin.boundary.SettingsResource;
import org.copydesk.admin.boundary.UsersResource;
import org.copydesk.admin.boundary.WorkflowDefinitionsResource;
import org.copydesk.audit.boundary.AuditResource;
import org.copydesk.factcheck.boundary.ClaimsResource;
import org.copydesk.factcheck.boundary.FactsResource;
import org.copydesk.ingest.boundary.ArticlesResource;
import org.copydesk.ingest.boundary.OriginalTextResource;
import org.copydesk.ingest.boundary.SearchResource;
import org.copydesk.ingest.boundary.VersionsResource;
import org.copydesk.publish.boundary.ArticleDeliveriesResource;
import org.copydesk.publish.boundary.CorrectionsResource;
import org.copydesk.publish.boundary.FeedResource;
import org.copydesk.publish.boundary.KillResource;
import org.copydesk.publish.boundary.PublishedResource;
import org.copydesk.review.boundary.CommentsResource;
import org.copydesk.review.boundary.InboxResource;
import org.copydesk.review.boundary.NotificationsResource;
import org.copydesk.review.boundary.TasksResource;
import org.copydesk.security.entity.Role;
import org.copydesk.triage.boundary.FindingsResource;
import org.copydesk.triage.boundary.StoriesResource;
import org.copydesk.web.InputProblemMapper;
import org.copydesk.web.JsonConfiguration;
import org.copydesk.web.PastLastPage;
import org.copydesk.web.ProblemMapper;
import org.copydesk.web.RequestSizeLimit;
import org.copydesk.web.StatementCountHeaders;
import org.copydesk.web.StrictJsonDecoding;
import org.copydesk.web.TransactionProblemMapper;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The workflow API. Callers present a Keycloak access token; {@code security/boundary/BearerTokenMechanism}
 * verifies it before any resource runs.
 * <p>
 * Its classes are listed rather than scanned: Keycloak's admin client brings RESTEasy's client, whose providers
 * Payara's Jersey would otherwise pick up from the WAR's libraries and fail on. {@code CopydeskApiTest} checks
 * that every resource and provider is here.
 */
@ApplicationPath("api")
@ApplicationScoped // the roles are declared from @DeclareRoles on a CDI bean
@DeclareRoles({Role.INGEST, Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.READER,
        Role.SUPERVISOR})
@OpenAPIDefinition(info = @Info(title = "Copydesk workflow API", version = "0.1",
        description = "Ingest articles, act on review tasks and read each article's audit trail."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CopydeskApi extends Application {

    private static final Set<Class<?>> RESOURCES = Set.of(
            AdminArticlesResource.class, AuditChainsResource.class, DashboardResource.class, DeliveriesResource.class,
            FailedJobsResource.class, MetricsResource.class, PartnersResource.class, SettingsResource.class,
            UsersResource.class, WorkflowDefinitionsResource.class,
            AuditResource.class,
            ClaimsResource.class, FactsResource.class,
            ArticlesResource.class, OriginalTextResource.class, SearchResource.class, VersionsResource.class,
            ArticleDeliveriesResource.class, CorrectionsResource.class, FeedResource.class, KillResource.class,
            PublishedResource.class,
            CommentsResource.class, InboxResource.class, NotificationsResource.class, TasksResource.class,
            FindingsResource.class, StoriesResource.class);

    private static final Set<Class<?>> PROVIDERS = Set.of(
            InputProblemMapper.class, JsonConfiguration.class, PastLastPage.class, ProblemMapper.class,
            RequestSizeLimit.class, StatementCountHeaders.class, StrictJsonDecoding.class,
            TransactionProblemMapper.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.addAll(PROVIDERS);
        return classes;
    }
}
