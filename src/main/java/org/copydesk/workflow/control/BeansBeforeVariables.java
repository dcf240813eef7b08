package org.copydesk.workflow.control;

import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.el.ReadOnlyMapELResolver;
import org.flowable.common.engine.impl.javax.el.ELResolver;
import org.flowable.engine.impl.el.ProcessExpressionManager;
import org.flowable.engine.impl.interceptor.DelegateInterceptor;

/**
 * Resolves a name in the workflow's expressions as a CDI bean before it looks for a process variable of that name.
 * The engine's own order is the reverse: for every {@code ${intakeDelegate}} or {@code ${reviewDeadlines...}} it
 * would first load the stored variables of the execution and of each scope above it, a query each, to find that
 * none has that name. No bean is named like a process variable ({@code EditorialReview.VAR_*}).
 */
class BeansBeforeVariables extends ProcessExpressionManager {

    BeansBeforeVariables(DelegateInterceptor delegateInterceptor, Map<Object, Object> beans) {
        super(delegateInterceptor, beans);
    }

    @Override
    protected List<ELResolver> createDefaultElResolvers() {
        List<ELResolver> resolvers = super.createDefaultElResolvers();
        resolvers.stream().filter(ReadOnlyMapELResolver.class::isInstance).findFirst().ifPresent(beans -> {
            resolvers.remove(beans);
            resolvers.add(0, beans);
        });
        return resolvers;
    }
}
