package org.masar.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at /openapi is held against the code: every resource method is in
 * it with its verb, every operation says how it fails with an example, and every schema has
 * exactly the fields (and enum values) of the Java type it names. A resource added without its
 * contract, or a field renamed, fails here.
 */
class OpenApiDocumentTest {

    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    private static JsonObject document;
    private static List<Operation> code;

    record Operation(String path, String verb, Method method) {
    }

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(OpenApiServlet.DOCUMENT)) {
            assertNotNull(in, "the document is on the classpath");
            document = Json.createReader(in).readObject();
        }
        String base = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        code = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.masar")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            String classPath = base + "/" + type.getAnnotation(Path.class).value();
            for (Method m : type.getDeclaredMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (m.isAnnotationPresent(verb.getKey())) {
                        Path sub = m.getAnnotation(Path.class);
                        code.add(new Operation(sub == null ? classPath : classPath + "/" + sub.value(), verb.getValue(), m));
                    }
                }
            }
        }
        assertTrue(code.size() >= 9, "the resources were found: " + code);
    }

    @Test
    void everyResourceMethodIsInTheDocumentAndNothingElse() {
        Set<String> inCode = new TreeSet<>();
        code.forEach(o -> inCode.add(o.verb() + " " + o.path()));
        Set<String> documented = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(VERBS::containsValue).forEach(verb -> documented.add(verb + " " + path)));
        assertEquals(inCode, documented);
    }

    @Test
    void everyOperationSaysHowItSucceedsAndFailsWithExamples() {
        for (Operation o : code) {
            JsonObject operation = document.getJsonObject("paths").getJsonObject(o.path()).getJsonObject(o.verb());
            JsonObject responses = operation.getJsonObject("responses");
            String where = o.verb() + " " + o.path();
            assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2")), where + " succeeds somehow");
            assertTrue(responses.containsKey("401"), where + " without credentials");
            assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("4") && !s.equals("401")) || o.path().endsWith("/sites")
                    || o.path().endsWith("/programmes"), where + " says how it refuses");
            assertTrue(operation.containsKey("summary"), where);
            responses.forEach((status, response) -> {
                JsonObject r = resolve(response.asJsonObject(), "responses");
                // A file (a scan) is described by its types as binary, without an example.
                if (r.containsKey("content") && r.getJsonObject("content").containsKey("application/json")) {
                    JsonObject json = r.getJsonObject("content").getJsonObject("application/json");
                    assertTrue(json.containsKey("example") && json.get("example") != JsonValue.NULL,
                            where + " " + status + " has an example");
                }
            });
        }
    }

    @Test
    void bodiesAndAnswersAreTheSchemasOfTheirJavaTypes() {
        for (Operation o : code) {
            JsonObject operation = document.getJsonObject("paths").getJsonObject(o.path()).getJsonObject(o.verb());
            String where = o.verb() + " " + o.path();
            Class<?> body = Arrays.stream(o.method().getParameters()).filter(p -> p.getAnnotations().length == 0)
                    .map(java.lang.reflect.Parameter::getType).findFirst().orElse(null);
            if (body == java.io.InputStream.class) {
                operation.getJsonObject("requestBody").getJsonObject("content").values().forEach(file -> assertEquals("binary",
                        file.asJsonObject().getJsonObject("schema").getString("format"), where + " takes a file"));
            } else if (body != null) {
                JsonObject schema = operation.getJsonObject("requestBody").getJsonObject("content")
                        .getJsonObject("application/json").getJsonObject("schema");
                assertEquals(body.getName(), resolve(schema, "schemas").getString("x-masar-type"), where + " body");
            }
            Type answer = o.method().getGenericReturnType();
            if (answer != jakarta.ws.rs.core.Response.class) {
                JsonObject ok = resolve(operation.getJsonObject("responses").getJsonObject("200"), "responses")
                        .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
                if (answer instanceof ParameterizedType list) {
                    assertEquals("array", ok.getString("type"), where);
                    assertEquals(((Class<?>) list.getActualTypeArguments()[0]).getName(),
                            resolve(ok.getJsonObject("items"), "schemas").getString("x-masar-type"), where + " items");
                } else {
                    assertEquals(((Class<?>) answer).getName(), resolve(ok, "schemas").getString("x-masar-type"), where);
                }
            }
        }
    }

    @Test
    void everySchemaHasTheFieldsAndValuesOfItsType() throws Exception {
        for (var entry : document.getJsonObject("components").getJsonObject("schemas").entrySet()) {
            JsonObject schema = entry.getValue().asJsonObject();
            Class<?> type = Class.forName(schema.getString("x-masar-type"));
            JsonObject properties = schema.getJsonObject("properties");
            Map<String, Type> fields = new java.util.LinkedHashMap<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    fields.put(c.getName(), c.getGenericType());
                }
            } else {
                for (Method getter : type.getMethods()) {
                    if (getter.getName().startsWith("get") && getter.getParameterCount() == 0 && getter.getDeclaringClass() == type) {
                        String name = getter.getName().substring(3);
                        fields.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), getter.getGenericReturnType());
                    }
                }
            }
            assertEquals(new TreeSet<>(fields.keySet()), new TreeSet<>(properties.keySet()), entry.getKey() + " fields");
            fields.forEach((name, javaType) -> {
                JsonObject property = properties.getJsonObject(name);
                Class<?> values = javaType instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c
                        : javaType instanceof Class<?> c ? c : Object.class;
                JsonObject described = property.containsKey("items") ? property.getJsonObject("items") : property;
                String where = entry.getKey() + "." + name;
                if (described.containsKey("x-masar-enum")) {
                    // A code sent as text (read in any case by the body): the document names the enum it holds.
                    assertEquals(String.class, values, where + " names an enum only for a text");
                    assertEquals(constants(enumNamed(described.getString("x-masar-enum"))), documented(described), where);
                } else if (values.isEnum() && described.containsKey("enum")) {
                    assertEquals(constants(values), documented(described), where);
                } else {
                    assertTrue(!described.containsKey("enum"), where + ": a text with listed values names its enum (x-masar-enum)");
                }
            });
        }
    }

    private static List<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    private static List<String> documented(JsonObject described) {
        return described.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static Class<?> enumNamed(String name) {
        try {
            Class<?> type = Class.forName(name);
            assertTrue(type.isEnum(), name + " is an enum");
            return type;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("x-masar-enum names no class: " + name, e);
        }
    }

    /** A $ref to components.{kind} resolved, or the object itself. */
    private static JsonObject resolve(JsonObject value, String kind) {
        if (!value.containsKey("$ref")) {
            return value;
        }
        String name = value.getString("$ref").substring(("#/components/" + kind + "/").length());
        return document.getJsonObject("components").getJsonObject(kind).getJsonObject(name);
    }
}
