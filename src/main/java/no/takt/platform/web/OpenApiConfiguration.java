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
