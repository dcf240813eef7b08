package org.copydesk.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.copydesk.domain.Invalid;
import org.copydesk.workflow.entity.DefinitionProblem;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EventListener;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

/**
 * Decides whether an uploaded workflow may be deployed: it must parse, keep the editorial review's process key,
 * pass Flowable's own validator, and name only beans that exist, so that no article meets a broken step later.
 */
@ApplicationScoped
public class DefinitionCheck {

    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_$][\\w$]*)");
    /** Names an expression may start with that the engine itself provides. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "variables", "authenticatedUserId");

    @Inject
    BeanManager beanManager;

    /** The model of a BPMN file that may be deployed; otherwise Invalid with each problem and its element. */
    public BpmnModel deployable(byte[] xml) {
        BpmnModel model = parse(xml);
        List<DefinitionProblem> problems = problemsOf(model);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        return model;
    }

    List<DefinitionProblem> problemsOf(BpmnModel model) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Process process = model.getProcessById(EditorialReview.PROCESS_KEY);
        if (process == null || model.getProcesses().size() != 1) {
            problems.add(new DefinitionProblem(null, "the file must hold exactly one process, with the id "
                    + EditorialReview.PROCESS_KEY));
            return problems;
        }
        for (ValidationError error : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
            if (!error.isWarning()) {
                problems.add(new DefinitionProblem(error.getActivityId() != null ? error.getActivityId()
                        : error.getProcessDefinitionId(), error.getDefaultDescription()));
            }
        }
        for (EventListener listener : process.getEventListeners()) {
            checkBean(process.getId(), listener.getImplementationType(), listener.getImplementation(), problems);
        }
        for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
            if (element instanceof ServiceTask task) {
                checkBean(task.getId(), task.getImplementationType(), task.getImplementation(), problems);
            }
            if (element instanceof UserTask task) {
                for (FlowableListener listener : task.getTaskListeners()) {
                    checkBean(task.getId(), listener.getImplementationType(), listener.getImplementation(), problems);
                }
            }
            for (FlowableListener listener : element.getExecutionListeners()) {
                checkBean(element.getId(), listener.getImplementationType(), listener.getImplementation(), problems);
            }
        }
        return problems;
    }

    private void checkBean(String element, String implementationType, String expression,
                           List<DefinitionProblem> problems) {
        boolean delegate = ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(implementationType);
        if (!delegate && !ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(implementationType)) {
            return;
        }
        Matcher name = LEADING_NAME.matcher(expression == null ? "" : expression);
        if (!name.find()) {
            if (delegate) {
                problems.add(new DefinitionProblem(element, "the delegate expression '" + expression
                        + "' names no bean"));
            }
            return;
        }
        String bean = name.group(1);
        if ((delegate || !ENGINE_NAMES.contains(bean)) && beanManager.getBeans(bean).isEmpty()) {
            problems.add(new DefinitionProblem(element, "no bean named '" + bean + "' exists"));
        }
    }

    private static BpmnModel parse(byte[] xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(reader);
            if (model.getProcesses().isEmpty()) {
                throw refusal(List.of(new DefinitionProblem(null, "the file holds no BPMN process")));
            }
            return model;
        } catch (Invalid refused) {
            throw refused;
        } catch (Exception unreadable) {
            throw refusal(List.of(new DefinitionProblem(null, "not a readable BPMN file: "
                    + rootMessage(unreadable))));
        }
    }

    private static Invalid refusal(List<DefinitionProblem> problems) {
        return new Invalid("The workflow cannot be deployed: " + problems.size() + " problem(s), the first: "
                + (problems.get(0).element() == null ? "" : problems.get(0).element() + ": ")
                + problems.get(0).message(), "Workflow not deployable", Map.of("errors", problems));
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
