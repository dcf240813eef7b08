package org.copydesk.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Bean Validation refused, by the names a client knows: the query, path or header parameter, or the field of
 * the request body. A request whose parameters are wrong is a bad request (400); a well-formed body whose fields
 * are not acceptable is unprocessable (422).
 */
record InputViolations(List<Violation> violations) {

    /** One refused input: {@code field} is a parameter name or a path into the body such as {@code title}. */
    record Violation(String field, String message, boolean inBody) {
    }

    static InputViolations of(ConstraintViolationException thrown) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : thrown.getConstraintViolations()) {
            violations.add(violationOf(violation));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return new InputViolations(List.copyOf(violations));
    }

    /** Every violation lies inside a request body: the request is well formed, its content is not acceptable. */
    boolean inBody() {
        return !violations.isEmpty() && violations.stream().allMatch(Violation::inBody);
    }

    String describe() {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    List<Map<String, String>> list() {
        return violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
    }

    private static Violation violationOf(ConstraintViolation<?> violation) {
        Method method = null;
        String parameter = null;
        boolean requestParameter = false;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = methodOf(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String requestName = method == null ? null : requestParameterName(method, index);
                requestParameter = requestName != null;
                parameter = requestParameter ? requestName : node.getName();
            } else if (node.getName() != null) {
                properties.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            } else if (node.getIndex() != null && !properties.isEmpty()) {
                int last = properties.size() - 1;
                properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
            }
        }
        if (properties.isEmpty()) {
            // the parameter itself: a query or header value, or a body that is missing altogether
            return new Violation(parameter == null ? violation.getPropertyPath().toString() : requestParameter
                    ? parameter : "body", violation.getMessage(), false);
        }
        return new Violation(String.join(".", properties), violation.getMessage(), !requestParameter);
    }

    private static Method methodOf(Class<?> type, Path.MethodNode node) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(node.getName(), node.getParameterTypes().toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                // declared higher up, or the root is a container-made subclass
            }
        }
        return null;
    }

    /** The name of a query, path, header, cookie, form or matrix parameter; null for the request body. */
    private static String requestParameterName(Method method, int index) {
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            }
        }
        return null;
    }
}
