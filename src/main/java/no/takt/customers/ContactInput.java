package no.takt.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as created or replaced. Making it the default "your reference" takes that from any other contact. */
public record ContactInput(
        @NotBlank @Size(max = 200) String name,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "{takt.validation.phone}") String phone,
        Boolean defaultYourReference,
        Integer version) {
}
