package no.takt.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The organisation number is valid for the country (Norway: MOD11; Denmark: CVR). A type-level
 * constraint because the rule depends on two fields; the error is reported on
 * {@code organizationNumber}, alongside every other field error of the request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidOrganisationNumber.Validator.class)
public @interface ValidOrganisationNumber {

    String message() default "{error.organization-number}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What the constraint reads; a missing country means Norway. */
    interface Subject {
        String country();

        String organizationNumber();
    }

    class Validator implements ConstraintValidator<ValidOrganisationNumber, Subject> {
        @Override
        public boolean isValid(Subject value, ConstraintValidatorContext context) {
            String number = value == null ? null : OrganisationNumbers.normalise(value.organizationNumber());
            if (number == null || number.isEmpty()
                    || OrganisationNumbers.isValid(value.country() == null ? "NO" : value.country(), number)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("organizationNumber").addConstraintViolation();
            return false;
        }
    }
}
