package no.takt.platform.security;

import java.io.IOException;
import no.takt.platform.errors.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. The API ({@code /api/**}, {@code /actuator/**}) is stateless with HTTP Basic or
 * API tokens and answers problem+json; the UI uses form login, a session and CSRF. Both follow the
 * same rules: reading needs READONLY, changing needs BILLING, and the company's own set-up, users,
 * tokens, the audit log and starting billing runs by hand need ADMIN.
 */
@Configuration
class SecurityConfiguration {

    /** Set-up that only an admin changes, but every user reads (to pick from in forms). */
    private static final String[] ADMIN_WRITES = {"/organisation/**", "/vat-codes/**", "/employees/**",
        "/bank-accounts/**", "/billing/**", "/billing-runs/**", "/rates/**", "/account-mapping/**",
        "/accounting"};

    /**
     * The UI's Content-Security-Policy: scripts, styles, images, fonts and requests only from Takt
     * itself, no inline script; inline style attributes are allowed (htmx's indicator styles, a few
     * widths). Swagger UI lives with the same policy.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** A request the firewall refuses (a path with {@code ;}, {@code %2e%2e}, a line break) is a problem+json 400. */
    @Bean
    RequestRejectedHandler requestRejected(Problems problems) {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                "error.http.400");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.BILLING.name())
                .role(Role.BILLING.name()).implies(Role.READONLY.name())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Problems problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Takt\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.http.401");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "error.http.403");
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.READONLY.name())
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/users/**", "/api/v1/api-tokens/**", "/api/v1/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.READONLY.name())
                        .requestMatchers(prefixed("/api/v1", ADMIN_WRITES)).hasRole(Role.ADMIN.name())
                        .anyRequest().hasRole(Role.BILLING.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                                "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/**").hasRole(Role.READONLY.name())
                        .requestMatchers(ADMIN_WRITES).hasRole(Role.ADMIN.name())
                        .anyRequest().hasRole(Role.BILLING.name()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(UI_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> sendForbidden(response)));
        return http.build();
    }

    private static void sendForbidden(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.FORBIDDEN.value());
    }

    private static String[] prefixed(String prefix, String[] patterns) {
        String[] result = new String[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            result[i] = prefix + patterns[i];
        }
        return result;
    }
}
