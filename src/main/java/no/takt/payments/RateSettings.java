package no.takt.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.takt.payments.core.RateKind;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dated rates (§11 "rates") an administrator keeps: each with the day it holds from and its source. */
@Service
public class RateSettings {

    /** A rate as the API shows and takes it. */
    public record Rate(Long id, @NotNull RateKind kind, @NotNull LocalDate validFrom,
                       @NotNull @DecimalMin("0") BigDecimal value, @Size(max = 500) String source) {
    }

    private final ReminderRepository repository;
    private final AuditLog audit;

    RateSettings(ReminderRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Rate> list() {
        return repository.rateList().stream().map(r -> new Rate(r.id(), r.kind(), r.validFrom(), r.value(), r.source()))
                .toList();
    }

    @Transactional
    public Rate add(Rate rate) {
        try {
            long id = repository.insertRate(rate.kind(), rate.validFrom(), rate.value(), rate.source(), audit.stamp());
            Rate saved = new Rate(id, rate.kind(), rate.validFrom(), rate.value(), rate.source());
            audit.created("rate", id, saved);
            return saved;
        } catch (DuplicateKeyException e) {
            throw ConflictException.field("validFrom", "error.rate-exists", rate.kind().name(), rate.validFrom());
        }
    }

    @Transactional
    public void delete(long id) {
        if (repository.deleteRate(id) == 0) {
            throw new NotFoundException("rate", id);
        }
        audit.deleted("rate", id, null);
    }
}
