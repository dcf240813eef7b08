package org.copydesk.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The API lists its classes instead of letting Jersey scan; a resource or provider left out would not exist. */
class CopydeskApiTest {

    @Test
    void everyResourceAndProviderOfTheApiIsListed() {
        Set<String> annotated = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.copydesk").stream()
                .filter(type -> !type.getPackageName().startsWith("org.copydesk.portal"))
                .filter(type -> type.isAnnotatedWith(Path.class) || type.isAnnotatedWith(Provider.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> listed = new CopydeskApi().getClasses().stream().map(Class::getName).collect(Collectors.toSet());

        assertThat(annotated).isNotEmpty();
        assertThat(listed).isEqualTo(annotated);
    }
}
