package no.takt.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.takt.platform.web.Created;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users and API tokens (admin only). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users and API tokens")
class SecurityApiController {

    private final UserAccounts users;
    private final ApiTokens tokens;

    SecurityApiController(UserAccounts users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/users")
    Page<UserAccount> users(@ParameterObject PageQuery query) {
        return users.list(query);
    }

    @GetMapping("/users/{id}")
    UserAccount user(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping("/users")
    ResponseEntity<UserAccount> createUser(@Valid @RequestBody UserInput input) {
        UserAccount user = users.create(input);
        return Created.at(user.id(), user);
    }

    @PutMapping("/users/{id}")
    UserAccount updateUser(@PathVariable long id, @Valid @RequestBody UserInput input) {
        return users.update(id, input);
    }

    @GetMapping("/api-tokens")
    Page<ApiToken> tokens(@ParameterObject PageQuery query) {
        return tokens.list(query);
    }

    @Operation(summary = "Create a token", description = "The answer holds the token's secret; it is shown only this once.")
    @PostMapping("/api-tokens")
    ResponseEntity<ApiToken> createToken(@Valid @RequestBody ApiTokenInput input) {
        ApiToken token = tokens.create(input);
        return Created.at(token.id(), token);
    }

    @Operation(summary = "Revoke a token", description = "The token stops working at once; it stays listed as revoked.")
    @DeleteMapping("/api-tokens/{id}")
    ApiToken revokeToken(@PathVariable long id) {
        return tokens.revoke(id);
    }
}
