package no.takt.subscriptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.time.RRule;
import no.takt.time.Recurrence;
import no.takt.time.RecurrenceRule;
import no.takt.time.RecurrenceSummary;
import no.takt.time.RecurrenceUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Frequencies. Changing one moves the next date of every subscription that uses it. */
@Service
public class FrequencyService implements CrudService<Frequency, FrequencyInput> {

    static final String ENTITY = "frequency";
    private static final SortSpec SORTS = new SortSpec(Map.of("name", "lower(name)", "unit", "unit",
            "startDate", "start_date"), "name");

    /** Published in the changing transaction, so subscriptions move their next dates with it. */
    record Changed(long frequencyId) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FrequencyService(JdbcClient jdbc, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public Page<Frequency> list(PageQuery query, Boolean active) {
        return PagedQuery.select("*", "frequency")
                .whereIf(active, "active = :active", "active")
                .search(query.q(), "name")
                .page(jdbc, query, SORTS, "id", this::map);
    }

    public List<Frequency> all() {
        return jdbc.sql("select * from frequency order by lower(name)").query(this::map).list();
    }

    @Override
    public Frequency get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<Frequency> find(long id) {
        return jdbc.sql("select * from frequency where id = ?").param(id).query(this::map).optional();
    }

    @Override
    @Transactional
    public Frequency create(FrequencyInput input) {
        RecurrenceRule rule = check(input, null);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into frequency (name, unit, interval_count, day_of_month, day_of_week, month_of_year, start_date,
                  end_date, occurrences, active, version, created_at, created_by, modified_at, modified_by)
                values (:name, :unit, :interval, :dayOfMonth, :dayOfWeek, :month, :startDate, :endDate, :occurrences,
                  :active, 0, :at, :by, :at, :by)"""), input, rule, stamp));
        Frequency created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public Frequency update(long id, FrequencyInput input) {
        Frequency before = get(id);
        RecurrenceRule rule = check(input, id);
        Tables.updateVersioned(bind(jdbc.sql("""
                update frequency set name = :name, unit = :unit, interval_count = :interval,
                  day_of_month = :dayOfMonth, day_of_week = :dayOfWeek, month_of_year = :month,
                  start_date = :startDate, end_date = :endDate, occurrences = :occurrences, active = :active,
                  version = version + 1, modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, rule, audit.stamp()), id, input.version(),
                before.version());
        Frequency after = get(id);
        audit.updated(ENTITY, id, before, after);
        events.publishEvent(new Changed(id));
        return after;
    }

    /** Checks what the annotations cannot, and answers the rule the input describes. */
    private RecurrenceRule check(FrequencyInput input, Long id) {
        int interval = input.interval() == null ? 1 : input.interval();
        new FieldProblems()
                .check(input.dayOfMonth() == null || input.dayOfMonth() != 0, "dayOfMonth", "error.day-of-month")
                .check(input.endDate() == null || !input.endDate().isBefore(input.startDate()), "endDate",
                        "error.end-before-start")
                .check(input.endDate() == null || input.occurrences() == null, "occurrences", "error.end-twice")
                .throwIfAny(BadInputException::new);
        RecurrenceRule rule;
        try {
            rule = new RecurrenceRule(input.unit(), interval, anchorDay(input), anchorWeekday(input),
                    input.unit() == RecurrenceUnit.YEAR ? input.month() : null, input.startDate(), input.endDate(),
                    input.occurrences());
        } catch (IllegalArgumentException e) {
            throw BadInputException.field("dayOfMonth", "error.day-of-month");
        }
        if (Tables.taken(jdbc, "frequency", "name", input.name().trim(), id)) {
            throw ConflictException.field("name", "error.duplicate", input.name());
        }
        return rule;
    }

    /** Anchors only mean something for their unit; others are not stored. */
    private static Integer anchorDay(FrequencyInput input) {
        return input.unit() == RecurrenceUnit.MONTH || input.unit() == RecurrenceUnit.YEAR ? input.dayOfMonth() : null;
    }

    private static DayOfWeek anchorWeekday(FrequencyInput input) {
        return input.unit() == RecurrenceUnit.WEEK ? input.dayOfWeek() : null;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, FrequencyInput input,
            RecurrenceRule rule, Stamp stamp) {
        return spec.param("name", input.name().trim())
                .param("unit", rule.unit().name())
                .param("interval", rule.interval())
                .param("dayOfMonth", rule.dayOfMonth())
                .param("dayOfWeek", rule.dayOfWeek() == null ? null : rule.dayOfWeek().getValue())
                .param("month", rule.month())
                .param("startDate", rule.start())
                .param("endDate", rule.end())
                .param("occurrences", rule.occurrences())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private Frequency map(ResultSet rs, int row) throws SQLException {
        Integer weekday = Rows.intOrNull(rs, "day_of_week");
        RecurrenceRule rule = new RecurrenceRule(RecurrenceUnit.valueOf(rs.getString("unit")),
                rs.getInt("interval_count"),
                Rows.intOrNull(rs, "day_of_month"), weekday == null ? null : DayOfWeek.of(weekday),
                Rows.intOrNull(rs, "month_of_year"), Rows.date(rs, "start_date"), Rows.date(rs, "end_date"),
                Rows.intOrNull(rs, "occurrences"));
        return new Frequency(rs.getLong("id"), rs.getString("name"), rule.unit(), rule.interval(), rule.dayOfMonth(),
                rule.dayOfWeek(), rule.month(), rule.start(), rule.end(), rule.occurrences(), rs.getBoolean("active"),
                RRule.of(rule), RecurrenceSummary.of(rule, LocaleContextHolder.getLocale().getLanguage()),
                Recurrence.next(rule, LocalDate.now(clock)).orElse(null), rs.getInt("version"),
                Rows.stamps(rs));
    }
}
