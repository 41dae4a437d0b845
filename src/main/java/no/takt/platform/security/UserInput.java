package no.takt.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user as created or changed by an admin. The password is optional on change (blank keeps the
 * old one).
 */
public record UserInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9._@-]+", message = "{takt.validation.username}")
        String username,
        @Size(max = 200) String displayName,
        @Size(min = 8, max = 200) String password,
        @NotNull Role role,
        Boolean active,
        Integer version) {
}
