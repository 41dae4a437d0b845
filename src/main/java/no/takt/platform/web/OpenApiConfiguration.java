package no.takt.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** The OpenAPI description at {@code /v3/api-docs}: how to authenticate, and the Idempotency-Key on creates. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI taktOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Takt API").version("v1").description("""
                        Subscription billing for Nordic companies. JSON, camelCase; lists answer \
                        {"items": [...], "page", "size", "totalItems", "totalPages"} and take page, size, sort \
                        (field, -field or field,desc) and q; errors are RFC 9457 problem+json with \
                        errors: [{field, message}]."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("An API token created by an admin (takt_…)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /**
     * Schema names that tell nested records apart: {@code Document.Payment} is "DocumentPayment", not
     * "Payment" (which is the payments module's own); an API class's records drop its "Api"
     * ({@code BillingApi.RunRequest}: "BillingRunRequest"). By default swagger names a class by its
     * simple name only, and of two records with the same name one replaced the other in the description.
     * Registered first, so springdoc's own converters still come before it in the chain.
     */
    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    io.swagger.v3.core.jackson.ModelResolver nestedTypeNames(org.springdoc.core.providers.ObjectMapperProvider mapper) {
        return new io.swagger.v3.core.jackson.ModelResolver(mapper.jsonMapper(), new NestedTypeNames());
    }

    /** A nested class's name with its enclosing classes' names before it. */
    static final class NestedTypeNames extends io.swagger.v3.core.jackson.TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            String name = super.getNameOfClass(type);
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                name = outer.getSimpleName().replaceFirst("Api$", "") + name;
            }
            return name;
        }
    }

    /** The API's parts in the order of PRODUCT.md: master data, subscriptions, billing, documents, money, settings. */
    static final java.util.List<String> TAG_ORDER = java.util.List.of("Customers", "Customer groups", "Products",
            "VAT codes", "Subscriptions", "Frequencies", "Billing runs", "Documents", "Deliveries", "Payments",
            "Receivables", "Reminders", "Usage", "Organisation", "Bank accounts", "Employees", "Payment terms", "Freight terms",
            "Users and API tokens", "Audit log");

    /** Swagger UI lists the tags in the description's order: that of {@link #TAG_ORDER}, any other after them. */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer tagsInOrder() {
        return api -> {
            java.util.Set<String> used = new java.util.LinkedHashSet<>(TAG_ORDER);
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                    if (op.getTags() != null) {
                        used.addAll(op.getTags());
                    }
                }));
            }
            java.util.Map<String, io.swagger.v3.oas.models.tags.Tag> described = new java.util.HashMap<>();
            if (api.getTags() != null) {
                api.getTags().forEach(t -> described.put(t.getName(), t));
            }
            api.setTags(used.stream().map(name -> described.getOrDefault(name,
                    new io.swagger.v3.oas.models.tags.Tag().name(name))).toList());
            api.getComponents().addSchemas("Problem", problemSchema());
        };
    }

    /** RFC 9457 problem details as Takt answers them, with the field errors of PRODUCT.md §11. */
    private static io.swagger.v3.oas.models.media.Schema<?> problemSchema() {
        io.swagger.v3.oas.models.media.Schema<?> error = new io.swagger.v3.oas.models.media.ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, as named in the request (lines[0].amount)"))
                .addProperty("message", new StringSchema().description("What is wrong, in the caller's language"));
        return new io.swagger.v3.oas.models.media.ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                .addProperty("detail", new StringSchema()).addProperty("instance", new StringSchema())
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(error));
    }

    /**
     * The answers an operation really gives (issue 10: only 200 was described): 201 for a POST that
     * creates (one answering a ResponseEntity), and problem+json for 400 (bad input, at its field),
     * 404 (no such resource, on paths with an id), 409 (the resource's state does not allow it) and
     * 422 (a rule refuses it) where they can happen.
     */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("no.takt")) {
                return operation;
            }
            boolean post = handler.hasMethodAnnotation(PostMapping.class);
            boolean put = handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PutMapping.class);
            boolean delete = handler.hasMethodAnnotation(org.springframework.web.bind.annotation.DeleteMapping.class);
            String path = path(handler);
            io.swagger.v3.oas.models.responses.ApiResponses responses = operation.getResponses();
            if (post && org.springframework.http.ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType())
                    && responses.containsKey("200") && !responses.containsKey("201")
                    && !handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponse.class)
                    && !handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponses.class)) {
                io.swagger.v3.oas.models.responses.ApiResponse ok = responses.remove("200");
                responses.addApiResponse("201", ok.description("Created"));
            }
            problem(responses, "400", "Bad input: a problem with errors at the fields");
            if (path.contains("{")) {
                problem(responses, "404", "No such resource");
            }
            if (put || delete || (post && path.contains("{"))) {
                problem(responses, "409", "The resource's state does not allow this (an issued document, a stale version)");
            }
            if (post || put) {
                problem(responses, "422", "A rule refuses it: the reason, at the field concerned");
            }
            return operation;
        };
    }

    private static void problem(io.swagger.v3.oas.models.responses.ApiResponses responses, String status,
            String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new io.swagger.v3.oas.models.responses.ApiResponse().description(description)
                    .content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                            new io.swagger.v3.oas.models.media.MediaType().schema(
                                    new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    /** The handler's path as mapped (its class's and its own), to see whether it names a resource by id. */
    private static String path(org.springframework.web.method.HandlerMethod handler) {
        var type = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
                org.springframework.web.bind.annotation.RequestMapping.class);
        var method = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                org.springframework.web.bind.annotation.RequestMapping.class);
        return (type == null ? "" : String.join(",", type.path())) + (method == null ? "" : String.join(",", method.path()));
    }

    @Bean
    OperationCustomizer idempotencyKeyOnPosts() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                        .description("Makes a retried create safe: the same key and body within 24 hours get the"
                                + " first answer again instead of creating twice.")
                        .schema(new StringSchema().maxLength(200)));
            }
            return operation;
        };
    }
}
