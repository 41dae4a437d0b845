package no.takt.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An employee as created or replaced; initials are unique when given. */
public record EmployeeInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 10) @Pattern(regexp = "[\\p{L}0-9]+", message = "{takt.validation.initials}") String initials,
        @Size(max = 100) String title,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "{takt.validation.phone}") String phone,
        Boolean active,
        Integer version) {
}
