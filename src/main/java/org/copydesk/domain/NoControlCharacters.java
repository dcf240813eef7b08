package org.copydesk.domain;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text without C0 control characters other than tab, line feed and carriage return. NUL cannot be stored in
 * PostgreSQL at all, and the others are never part of an article or a note; they are refused rather than removed
 * so that what is stored is what was sent. Null is valid.
 */
@Documented
@Constraint(validatedBy = NoControlCharactersValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NoControlCharacters {

    String message() default "contains a control character; only tab, line feed and carriage return are allowed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
