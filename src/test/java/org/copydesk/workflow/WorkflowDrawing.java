package org.copydesk.workflow;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/**
 * Draws the picture of the workflow that the README shows, from the diagram (BPMN DI) kept in its file, with
 * Flowable's own diagram generator: after a change to the flow, move its shapes in a BPMN modeller, then
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.copydesk.workflow.WorkflowDrawing}
 */
public final class WorkflowDrawing {

    static final Path WORKFLOW = Path.of("workflows/editorial-review.bpmn20.xml");
    private static final Path PICTURE = Path.of("src/docs/workflow.png");

    private WorkflowDrawing() {
    }

    public static void main(String[] args) throws Exception {
        try (InputStream png = new DefaultProcessDiagramGenerator().generatePngDiagram(parse(WORKFLOW), true)) {
            Files.createDirectories(PICTURE.getParent());
            Files.write(PICTURE, png.readAllBytes());
        }
        System.out.println("Drew " + PICTURE + " from " + WORKFLOW);
    }

    static BpmnModel parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newFactory().createXMLStreamReader(in));
        }
    }
}
