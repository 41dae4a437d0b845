package no.takt.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import no.takt.platform.errors.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Keeps control characters (NUL and the like) out of Takt: in JSON strings they are a 400 at their
 * field, in request parameters a 400 for the request. Otherwise PostgreSQL would refuse them with
 * an error, and H2 would store what no document should print. An enum value is taken only as
 * written: {@code "ADMIN "} is refused at its field (Jackson would quietly trim it).
 *
 * <p>Before anything reads the request (security included) its shape is checked: a content type that
 * is no media type, or a wildcard ({@code *}{@code /*}), is a 415; multipart without a boundary, or
 * cut off, a 400; one larger than allowed a 413 — each as problem+json, never a 500.
 */
@Configuration
class InputTextConfiguration {

    @Bean
    SimpleModule textWithoutControlCharacters() {
        return new SimpleModule("takt-text").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return new EnumAsWritten(deserializer);
            }
        }).addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String value = super.deserialize(parser, context);
                if (Text.hasControlCharacters(value)) {
                    throw context.weirdStringException(value, String.class, "control characters are not allowed");
                }
                return value;
            }
        });
    }

    /**
     * An empty or blank text is no number, no yes/no, no date and no choice: {@code "endDate": " "} is
     * refused at its field, not read as "no end date" (leave the field out, or send null, for that).
     */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer blankIsNoValue() {
        return builder -> {
            for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                    LogicalType.DateTime, LogicalType.Enum)) {
                builder.withCoercionConfig(type, config -> config.setAcceptBlankAsEmpty(true)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
            }
        };
    }

    /** An enum read as its deserializer reads it, but refused when the text has blanks around it. */
    static final class EnumAsWritten extends DelegatingDeserializer {

        EnumAsWritten(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new EnumAsWritten(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !parser.getString().equals(parser.getString().strip())) {
                return context.handleWeirdStringValue(handledType(), parser.getString(),
                        "blanks around the value are not allowed");
            }
            return super.deserialize(parser, context);
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestShape(Problems problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        Refusal refused = refusal(request);
                        if (refused != null) {
                            problems.write(request, response, refused.status(), refused.code());
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Why a request is refused: its status and message code. */
    record Refusal(HttpStatus status, String code) {
        static final Refusal MEDIA_TYPE = new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.http.415");
        static final Refusal MULTIPART = new Refusal(HttpStatus.BAD_REQUEST, "error.multipart");
        static final Refusal TOO_LARGE = new Refusal(HttpStatus.CONTENT_TOO_LARGE, "error.http.413");
        static final Refusal CONTROL = new Refusal(HttpStatus.BAD_REQUEST, "error.control-characters");
    }

    /** Why the request is refused before anything reads it, or null. */
    static Refusal refusal(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank()) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                return Refusal.MEDIA_TYPE;
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return Refusal.MEDIA_TYPE;
            }
            if (type.getType().equals("multipart") && type.getParameter("boundary") == null) {
                return Refusal.MULTIPART;
            }
        }
        try {
            boolean control = request.getParameterMap().values().stream().flatMap(Arrays::stream)
                    .anyMatch(Text::hasControlCharacters);
            return control ? Refusal.CONTROL : null;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
                    return Refusal.TOO_LARGE;
                }
            }
            return Refusal.MULTIPART;
        }
    }
}
