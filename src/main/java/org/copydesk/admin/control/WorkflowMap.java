package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.admin.entity.StepCount;
import org.copydesk.admin.entity.WorkflowMapView;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/**
 * Where the articles of one workflow version are now: the engine's own executions and tasks, counted per
 * element in two grouped queries on its indexed process-definition columns, and the diagram of that version
 * with the elements where articles wait highlighted.
 */
@ApplicationScoped
@Transactional
public class WorkflowMap {

    private static final String FONT = "SansSerif";
    static final String WAITING_PER_ELEMENT = "select ACT_ID_, count(*) from ACT_RU_EXECUTION where PROC_DEF_ID_ = ?1"
            + " and PARENT_ID_ is not null and ACT_ID_ is not null and IS_ACTIVE_ = ?2 group by ACT_ID_";
    static final String OVERDUE_PER_TASK = "select TASK_DEF_KEY_, count(*) from ACT_RU_TASK"
            + " where PROC_DEF_ID_ = ?1 and DUE_DATE_ < ?2 group by TASK_DEF_KEY_";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    RepositoryService repositoryService;

    @Inject
    WorkflowDefinitions definitions;

    public WorkflowMapView of(String definitionId) {
        ProcessDefinition definition = definitions.definition(definitionId);
        BpmnModel model = repositoryService.getBpmnModel(definition.getId());
        Map<String, Long> waiting = waitingPerElement(definition.getId(), model);
        Map<String, Long> overdue = overduePerElement(definition.getId());
        List<StepCount> steps = model.getMainProcess().findFlowElementsOfType(FlowNode.class, true).stream()
                .map(node -> new StepCount(node.getId(), node.getName(), typeOf(node),
                        waiting.getOrDefault(node.getId(), 0L), overdue.getOrDefault(node.getId(), 0L)))
                .toList();
        return new WorkflowMapView(definition.getId(), definition.getVersion(),
                waiting.values().stream().mapToLong(Long::longValue).sum(),
                overdue.values().stream().mapToLong(Long::longValue).sum(), steps);
    }

    /** The diagram drawn from the version's BPMN DI, the elements where articles wait highlighted. */
    public byte[] picture(String definitionId) {
        ProcessDefinition definition = definitions.definition(definitionId);
        BpmnModel model = repositoryService.getBpmnModel(definition.getId());
        List<String> active = List.copyOf(waitingPerElement(definition.getId(), model).keySet());
        try (InputStream png = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", active, List.of(),
                FONT, FONT, FONT, null, 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Active child executions: the process instance itself stands nowhere, and a boundary event (the timers and
     * messages attached to a task) is where the task's article waits already, not an article of its own.
     */
    private Map<String, Long> waitingPerElement(String definitionId, BpmnModel model) {
        Map<String, Long> waiting = counts(entityManager.createNativeQuery(WAITING_PER_ELEMENT)
                .setParameter(1, definitionId).setParameter(2, true).getResultList());
        waiting.keySet().removeIf(element -> model.getFlowElement(element) instanceof BoundaryEvent);
        return waiting;
    }

    private Map<String, Long> overduePerElement(String definitionId) {
        return counts(entityManager.createNativeQuery(OVERDUE_PER_TASK)
                .setParameter(1, definitionId).setParameter(2, java.sql.Timestamp.from(Instant.now())).getResultList());
    }

    static Map<String, Long> counts(List<?> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static String typeOf(FlowElement element) {
        String type = element.getClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }
}
