package no.takt.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import no.takt.platform.errors.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Keeps control characters (NUL and the like) out of Takt: in JSON strings they are a 400 at their
 * field, in request parameters a 400 for the request. Otherwise PostgreSQL would refuse them with
 * an error, and H2 would store what no document should print.
 */
@Configuration
class InputTextConfiguration {

    @Bean
    SimpleModule textWithoutControlCharacters() {
        return new SimpleModule("takt-text").addDeserializer(String.class, new StringDeserializer() {
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

    @Bean
    OncePerRequestFilter parametersWithoutControlCharacters(Problems problems) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                boolean bad = request.getParameterMap().values().stream().flatMap(Arrays::stream)
                        .anyMatch(Text::hasControlCharacters);
                if (bad) {
                    problems.write(request, response, HttpStatus.BAD_REQUEST, "error.control-characters");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
