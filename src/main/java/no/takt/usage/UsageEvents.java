package no.takt.usage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.takt.customers.CustomerService;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblem;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Page;
import no.takt.platform.text.Formats;
import no.takt.platform.web.PageQuery;
import no.takt.usage.core.Usage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording usage events (PRODUCT.md §8), one or up to {@value #MAX_BATCH} at a time: each event
 * is checked on its own — its transaction id, meter, customer (id or number), timestamp and the
 * property its meter reads — and the good ones are stored in one statement, each transaction id
 * once (a repeat is a duplicate, counted once whoever sends it when). Bad events are answered with
 * their index and reason; they do not stop the others. A timestamp without an offset is a time in
 * the company's zone.
 */
@Service
public class UsageEvents {

    public static final int MAX_BATCH = 1000;
    /** How far ahead of now an event may be stamped (clocks differ a little, not a day). */
    static final java.time.Duration AHEAD = java.time.Duration.ofHours(24);

    /** An event as sent: the customer by id or by customer number. */
    public record EventInput(String transactionId, Long customerId, Long customerNumber,
                             String meterCode, String timestamp, Map<String, Object> properties) {
    }

    /** An event refused: where it was in the request, its transaction id, the field at fault and why. */
    public record Rejected(int index, String transactionId, String field, String reason) {
    }

    public record Result(int accepted, int duplicates, List<Rejected> rejected) {
    }

    private final UsageRepository repository;
    private final MeterService meters;
    private final CustomerService customers;
    private final Problems messages;
    private final JsonMapper json;
    private final BilledUsage billed;
    private final Clock clock;

    UsageEvents(UsageRepository repository, MeterService meters, CustomerService customers, Problems messages,
            JsonMapper json, BilledUsage billed, Clock clock) {
        this.billed = billed;
        this.repository = repository;
        this.meters = meters;
        this.customers = customers;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** A batch: the good events stored, the bad ones answered with their index and reason. */
    @Transactional
    public Result record(List<EventInput> events) {
        return ingest(events, new ArrayList<>());
    }

    /** One event: stored (or a duplicate), or refused as bad input at its field (422). */
    @Transactional
    public Result recordOne(EventInput event) {
        List<FieldProblem> problems = new ArrayList<>();
        Result result = ingest(java.util.Collections.singletonList(event), problems);
        if (!problems.isEmpty()) {
            throw new UnprocessableException(problems);
        }
        return result;
    }

    private Result ingest(List<EventInput> events, List<FieldProblem> problems) {
        if (events == null || events.isEmpty()) {
            throw BadInputException.field("events", "error.usage-no-events");
        }
        if (events.size() > MAX_BATCH) {
            throw BadInputException.field("events", "error.usage-batch-too-large", MAX_BATCH);
        }
        Map<String, Meter> byCode = new HashMap<>();
        meters.all().forEach(m -> byCode.put(m.code(), m));
        Set<Long> ids = new HashSet<>();
        Set<Long> numbers = new HashSet<>();
        for (EventInput e : events) {
            if (e != null && e.customerId() != null) {
                ids.add(e.customerId());
            } else if (e != null && e.customerNumber() != null) {
                numbers.add(e.customerNumber());
            }
        }
        CustomerService.Known known = customers.known(ids, numbers);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Rejected> rejected = new ArrayList<>();
        Map<String, UsageRepository.Row> rows = new java.util.LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        int repeated = 0;
        for (int i = 0; i < events.size(); i++) {
            EventInput e = events.get(i);
            Object checked = check(e, byCode, known, now);
            if (checked instanceof FieldProblem p) {
                reject(rejected, problems, i, e == null ? null : e.transactionId(), p);
            } else if (rows.putIfAbsent(e.transactionId().trim(), (UsageRepository.Row) checked) != null) {
                repeated++;
            } else {
                index.put(e.transactionId().trim(), i);
            }
        }
        Set<BilledUsage.Period> late = late(rows, index, rejected, problems);
        int inserted = repository.insert(rows.values());
        if (!late.isEmpty()) {
            billed.late(late);
        }
        rejected.sort(java.util.Comparator.comparingInt(Rejected::index));
        return new Result(inserted, repeated + rows.size() - inserted, rejected);
    }

    private void reject(List<Rejected> rejected, List<FieldProblem> problems, int index, String transactionId,
            FieldProblem p) {
        problems.add(p);
        rejected.add(new Rejected(index, transactionId, p.field(), messages.message(p.code(), p.args())));
    }

    /**
     * The events for periods whose usage has been billed (one question to billing per batch): past their
     * grace period they are refused, at {@code timestamp}, and taken out of the rows; the others are
     * kept, and their periods answered, to be corrected on the next documents.
     */
    private Set<BilledUsage.Period> late(Map<String, UsageRepository.Row> rows, Map<String, Integer> index,
            List<Rejected> rejected, List<FieldProblem> problems) {
        Set<BilledUsage.Period> late = new HashSet<>();
        if (rows.isEmpty()) {
            return late;
        }
        ZoneId zone = clock.getZone();
        LocalDate earliest = rows.values().stream().map(UsageRepository.Row::occurredAt)
                .min(OffsetDateTime::compareTo).orElseThrow().atZoneSameInstant(zone).toLocalDate();
        List<BilledUsage.Period> periods = billed.billed(rows.values().stream().map(UsageRepository.Row::customerId)
                .collect(java.util.stream.Collectors.toSet()), rows.values().stream().map(UsageRepository.Row::meterId)
                .collect(java.util.stream.Collectors.toSet()), earliest);
        if (periods.isEmpty()) {
            return late;
        }
        LocalDate today = LocalDate.now(clock);
        Formats formats = Formats.of(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        for (java.util.Iterator<UsageRepository.Row> it = rows.values().iterator(); it.hasNext(); ) {
            UsageRepository.Row row = it.next();
            LocalDate day = row.occurredAt().atZoneSameInstant(zone).toLocalDate();
            List<BilledUsage.Period> of = periods.stream().filter(p -> p.customerId() == row.customerId()
                    && p.meterId() == row.meterId() && p.holds(day)).toList();
            Optional<BilledUsage.Period> closed = of.stream().filter(p -> !p.accepts(today)).findFirst();
            if (closed.isPresent()) {
                it.remove();
                reject(rejected, problems, index.get(row.transactionId()), row.transactionId(), FieldProblem.of(
                        "timestamp", "error.usage-period-billed", formats.date(closed.get().from()) + "–"
                                + formats.date(closed.get().to())));
            } else {
                late.addAll(of);
            }
        }
        return late;
    }

    /** The event as stored, or why not (a FieldProblem). */
    private Object check(EventInput e, Map<String, Meter> byCode, CustomerService.Known known, OffsetDateTime now) {
        if (e == null) {
            return FieldProblem.of("events", "error.usage-no-events");
        }
        if (e.transactionId() == null || e.transactionId().isBlank()) {
            return FieldProblem.of("transactionId", "jakarta.validation.constraints.NotBlank.message");
        }
        if (e.transactionId().trim().length() > 100) {
            return FieldProblem.of("transactionId", "error.usage-too-long", 100);
        }
        Meter meter = e.meterCode() == null ? null : byCode.get(e.meterCode().trim());
        if (meter == null || !meter.active()) {
            return FieldProblem.of("meterCode", "error.usage-unknown-meter", e.meterCode() == null ? "" : e.meterCode());
        }
        Long customer = e.customerId() != null ? (known.ids().contains(e.customerId()) ? e.customerId() : null)
                : e.customerNumber() != null ? known.idByNumber().get(e.customerNumber()) : null;
        if (customer == null) {
            return e.customerId() == null && e.customerNumber() == null
                    ? FieldProblem.of("customerId", "error.usage-no-customer")
                    : FieldProblem.of(e.customerId() != null ? "customerId" : "customerNumber", "error.usage-unknown-customer",
                    e.customerId() != null ? e.customerId() : e.customerNumber());
        }
        OffsetDateTime at = timestamp(e.timestamp(), clock.getZone());
        if (at == null) {
            return FieldProblem.of("timestamp", "error.usage-timestamp", e.timestamp() == null ? "" : e.timestamp());
        }
        if (at.isAfter(now.plus(AHEAD))) {
            return FieldProblem.of("timestamp", "error.usage-in-the-future", e.timestamp());
        }
        Usage.Read read = Usage.read(meter.aggregation(), meter.property(), e.properties());
        if (read instanceof Usage.Refusal r) {
            return FieldProblem.of("properties", r.key(), r.argument());
        }
        String properties = e.properties() == null || e.properties().isEmpty() ? null
                : json.writeValueAsString(e.properties());
        if (properties != null && properties.length() > 4000) {
            return FieldProblem.of("properties", "error.usage-too-long", 4000);
        }
        return new UsageRepository.Row(e.transactionId().trim(), customer, meter.id(), at, (Usage.Reading) read,
                properties, now);
    }

    /** An ISO timestamp: with an offset or Z, or without one as a time in the company's zone. */
    static OffsetDateTime timestamp(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OffsetDateTime usual = usual(text.trim(), zone);
        if (usual != null) {
            return usual;
        }
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.trim()).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * The usual form — {@code 2026-01-31T23:30:00}, with a fraction of a second and {@code Z} or an
     * offset {@code +01:00} or neither — read by hand, or null for any other text (read then by
     * java.time, whose parser was a third of the CPU ingestion took). The same instant java.time reads.
     */
    static OffsetDateTime usual(String t, ZoneId zone) {
        int n = t.length();
        if (n < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (i < n && t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i - start > 9) {
                return null;
            }
            nano = digits(t, start, i - start) * (int) Math.pow(10, 9 - (i - start));
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
            if (i == n) {
                return local.atZone(zone).toOffsetDateTime();
            }
            char c = t.charAt(i);
            if (c == 'Z' && i + 1 == n) {
                return OffsetDateTime.of(local, java.time.ZoneOffset.UTC);
            }
            if ((c == '+' || c == '-') && i + 6 == n && t.charAt(i + 3) == ':') {
                int hours = digits(t, i + 1, 2);
                int minutes = digits(t, i + 4, 2);
                if ((hours | minutes) < 0) {
                    return null;
                }
                int sign = c == '+' ? 1 : -1;
                return OffsetDateTime.of(local, java.time.ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The number written by {@code length} digits from {@code from}, or -1. */
    private static int digits(String t, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The aggregate of a customer's events on the meter over the days from one to another, in the company's zone. */
    public BigDecimal usage(long customerId, String meterCode, LocalDate from, LocalDate to) {
        if (!customers.exists(customerId)) {
            throw new NotFoundException("customer", customerId);
        }
        new no.takt.platform.errors.FieldProblems()
                .check(meterCode != null && !meterCode.isBlank(), "meterCode",
                        "jakarta.validation.constraints.NotBlank.message")
                .range(from, to).throwIfAny(BadInputException::new);
        Meter meter = meters.byCode(meterCode.trim())
                .orElseThrow(() -> BadInputException.field("meterCode", "error.usage-unknown-meter", meterCode));
        UsageWindow window = new UsageWindow(meter.id(), customerId, from, to);
        return usage(List.of(window)).get(window);
    }

    /**
     * The usage of many windows (the metered lines of a billing chunk) in a few queries — one per
     * aggregation and 1,000 windows, never one per window. A window of an unknown meter, or without
     * events, is 0.
     */
    public Map<UsageWindow, BigDecimal> usage(Collection<UsageWindow> windows) {
        Map<UsageWindow, BigDecimal> usage = new HashMap<>();
        if (windows.isEmpty()) {
            return usage;
        }
        ZoneId zone = clock.getZone();
        Map<Long, Meter> byId = new HashMap<>();
        meters.all().forEach(m -> byId.put(m.id(), m));
        List<UsageWindow> all = List.copyOf(windows);
        Map<no.takt.usage.core.Aggregation, List<UsageRepository.Span>> spans = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            UsageWindow w = all.get(i);
            usage.put(w, BigDecimal.ZERO.setScale(Usage.SCALE));
            Meter meter = byId.get(w.meterId());
            if (meter != null) {
                spans.computeIfAbsent(meter.aggregation(), a -> new ArrayList<>()).add(new UsageRepository.Span(i,
                        w.meterId(), w.customerId(), w.from().atStartOfDay(zone).toOffsetDateTime(),
                        w.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
            }
        }
        spans.forEach((aggregation, list) -> {
            for (int from = 0; from < list.size(); from += WINDOWS_PER_QUERY) {
                repository.aggregates(aggregation, list.subList(from, Math.min(list.size(), from + WINDOWS_PER_QUERY)))
                        .forEach((index, value) -> usage.put(all.get(index), value));
            }
        });
        return usage;
    }

    private static final int WINDOWS_PER_QUERY = 1000;

    /** The latest events recorded (of a meter, of a customer), newest first: the usage page's, without a count. */
    public List<RecordedEvent> recent(Long meterId, Long customerId, int limit) {
        return repository.recent(meterId, customerId, limit);
    }

    /** The events recorded, newest first (of a meter and a customer, or all). */
    public Page<RecordedEvent> list(Long meterId, Long customerId, PageQuery query) {
        return repository.list(meterId, customerId, query);
    }
}
