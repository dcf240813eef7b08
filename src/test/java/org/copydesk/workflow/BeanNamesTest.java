package org.copydesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.copydesk.workflow.entity.EditorialReview;
import org.junit.jupiter.api.Test;

/** The workflow's expressions resolve a name as a bean before a process variable: no bean may take a variable's name. */
class BeanNamesTest {

    @Test
    void noBeanIsNamedLikeAProcessVariable() {
        List<String> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.copydesk").stream()
                .filter(type -> type.isAnnotatedWith(Named.class))
                .map(BeanNamesTest::beanName).toList();
        assertThat(beans).contains("intakeDelegate", "reviewDeadlines", "reviewStepOpenedListener");
        List<String> variables = Arrays.stream(EditorialReview.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("VAR_"))
                .map(BeanNamesTest::valueOf).toList();
        assertThat(variables).contains(EditorialReview.VAR_ARTICLE_ID, EditorialReview.VAR_DECISION);
        assertThat(beans).doesNotContainAnyElementsOf(variables);
    }

    private static String beanName(JavaClass type) {
        String named = type.getAnnotationOfType(Named.class).value();
        return named.isEmpty() ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
                : named;
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
