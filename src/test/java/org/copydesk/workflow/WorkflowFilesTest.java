package org.copydesk.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.Test;

/** Every BPMN file in workflows/ is valid, and every bean it names exists. */
class WorkflowFilesTest {

    private static final Path WORKFLOWS = Path.of("workflows");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    /** A bean's method in a timer's expression, such as {@code ${reviewDeadlines.escalationCycle(execution)}}. */
    private static final Pattern TIMER_BEAN_EXPRESSION = Pattern.compile("<time(?:Date|Duration|Cycle)>\\$\\{(\\w+)\\.");

    @Test
    void everyWorkflowValidates() throws Exception {
        List<Path> files = workflowFiles();
        assertFalse(files.isEmpty());
        for (Path file : files) {
            BpmnModel model = parse(file);
            List<ValidationError> errors = new ProcessValidatorFactory().createDefaultProcessValidator().validate(model);
            assertEquals(List.of(), errors.stream().filter(error -> !error.isWarning()).toList(), file.toString());
        }
    }

    @Test
    void everyDelegateAndTimerExpressionNamesAnExistingBean() throws Exception {
        Set<String> beans = namedBeans();
        for (Path file : workflowFiles()) {
            for (Pattern expression : List.of(BEAN_EXPRESSION, TIMER_BEAN_EXPRESSION)) {
                Matcher matcher = expression.matcher(Files.readString(file));
                while (matcher.find()) {
                    assertTrue(beans.contains(matcher.group(1)), file + " names a missing bean " + matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyUserTaskHasOneEscalationTimerThatDoesNotInterruptIt() throws Exception {
        BpmnModel model = parse(WORKFLOWS.resolve("editorial-review.bpmn20.xml"));
        for (UserTask task : model.getMainProcess().findFlowElementsOfType(UserTask.class)) {
            List<String> timers = task.getBoundaryEvents().stream()
                    .filter(event -> event.getEventDefinitions().get(0) instanceof TimerEventDefinition)
                    .peek(event -> assertFalse(event.isCancelActivity(), event.getId() + " interrupts " + task.getId()))
                    .map(event -> ((TimerEventDefinition) event.getEventDefinitions().get(0)).getTimeCycle() + " -> "
                            + event.getOutgoingFlows().get(0).getTargetRef())
                    .sorted().toList();
            assertEquals(List.of("${reviewDeadlines.escalationCycle(execution)} -> escalateOverdueTask"), timers,
                    task.getId());
        }
    }

    @Test
    void everyUserTaskIsAReviewStepOfferedToItsGroup() throws Exception {
        BpmnModel model = parse(WORKFLOWS.resolve("editorial-review.bpmn20.xml"));
        List<UserTask> tasks = model.getMainProcess().findFlowElementsOfType(UserTask.class);
        assertEquals(ReviewStep.values().length, tasks.size());
        for (UserTask task : tasks) {
            ReviewStep step = ReviewStep.ofTaskKey(task.getId()).orElseThrow(() -> new AssertionError(task.getId()));
            assertEquals(List.of(step.candidateGroup()), task.getCandidateGroups(), task.getId());
        }
    }

    @Test
    void everyElementHasItsPlaceInTheDiagram() throws Exception {
        for (Path file : workflowFiles()) {
            BpmnModel model = parse(file);
            for (FlowElement element : model.getMainProcess().getFlowElements()) {
                boolean drawn = element instanceof SequenceFlow ? model.getFlowLocationGraphicInfo(element.getId()) != null
                        : model.getGraphicInfo(element.getId()) != null;
                assertTrue(drawn, file + ": " + element.getId() + " has no place in the diagram");
            }
        }
    }

    @Test
    void everyGatewayHasADefaultFlow() throws Exception {
        for (Path file : workflowFiles()) {
            for (ExclusiveGateway gateway : parse(file).getMainProcess().findFlowElementsOfType(ExclusiveGateway.class)) {
                assertTrue(gateway.getDefaultFlow() != null, file + ": " + gateway.getId() + " has no default flow");
            }
        }
    }

    private static BpmnModel parse(Path file) throws IOException, javax.xml.stream.XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            return new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newFactory().createXMLStreamReader(in));
        }
    }

    private static List<Path> workflowFiles() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(file -> file.toString().endsWith(".bpmn20.xml")).sorted().toList();
        }
    }

    /** The names of the @Named classes compiled from src/main/java. */
    private static Set<String> namedBeans() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(WorkflowFilesTest::load)
                    .filter(type -> type.isAnnotationPresent(Named.class))
                    .map(type -> type.getAnnotation(Named.class).value())
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WorkflowFilesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
