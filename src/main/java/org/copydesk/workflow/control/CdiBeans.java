package org.copydesk.workflow.control;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Set;

/**
 * Lets BPMN expressions such as {@code ${intakeDelegate}} name {@code @Named} CDI beans; flowable-cdi is not
 * published for Flowable 7, and the engine only needs a map it can ask for a name.
 */
class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String beanName && !beanManager.getBeans(beanName).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String beanName)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(beanName);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        return beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
