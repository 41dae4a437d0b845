package no.takt.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin gives to create an API token: a name to know it by and the role it acts with. */
public record ApiTokenInput(@NotBlank @Size(max = 100) String name, @NotNull Role role) {
}
