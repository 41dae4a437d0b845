package no.takt.usage.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.takt.customers.CustomerService;
import no.takt.customers.CustomerSummary;
import no.takt.platform.web.Charts;
import no.takt.platform.web.CrudPageController;
import no.takt.platform.web.Forms;
import no.takt.usage.Meter;
import no.takt.usage.MeterInput;
import no.takt.usage.MeterService;
import no.takt.usage.RecordedEvent;
import no.takt.usage.UsageEvents;
import no.takt.usage.core.Aggregation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The usage pages ("Forbruk"): meters, the events recorded, and a customer's usage month by month. */
class UsagePages {

    /** A month of a customer's usage on a meter, and its bar's height. */
    record Month(YearMonth month, BigDecimal quantity, int height) {
    }

    /** A recorded event with its meter's code and its customer. */
    record Row(RecordedEvent event, java.time.ZonedDateTime at, String meterCode, String unit,
               CustomerSummary customer) {
    }

    @Controller
    static class UsagePage {

        /** How many of the latest events the page lists (the API pages through all of them). */
        static final int RECENT = 20;

        private final MeterService meters;
        private final UsageEvents events;
        private final CustomerService customers;
        private final Clock clock;

        UsagePage(MeterService meters, UsageEvents events, CustomerService customers, Clock clock) {
            this.meters = meters;
            this.events = events;
            this.customers = customers;
            this.clock = clock;
        }

        @GetMapping("/usage")
        String usage(@RequestParam(required = false) Long meterId, @RequestParam(required = false) Long customerId,
                Model model) {
            List<Meter> all = meters.all();
            Map<Long, Meter> byId = all.stream().collect(Collectors.toMap(Meter::id, m -> m));
            Meter meter = meterId == null ? null : byId.get(meterId);
            List<RecordedEvent> recent = events.recent(meter == null ? null : meter.id(), customerId, RECENT);
            Map<Long, CustomerSummary> names = customers.summaries(recent.stream().map(RecordedEvent::customerId)
                    .collect(Collectors.toSet()));
            model.addAttribute("meters", all);
            model.addAttribute("meterId", meter == null ? null : meter.id());
            model.addAttribute("customerId", customerId);
            model.addAttribute("recent", recent.stream().map(e -> new Row(e, e.timestamp().atZoneSameInstant(
                    clock.getZone()), byId.get(e.meterId()).code(), byId.get(e.meterId()).unit(),
                    names.get(e.customerId()))).toList());
            CustomerSummary customer = meter == null || customerId == null ? null
                    : customers.summaries(List.of(customerId)).get(customerId);
            if (customer != null) {
                YearMonth last = YearMonth.now(clock);
                List<Month> months = new ArrayList<>();
                BigDecimal top = BigDecimal.ZERO;
                List<no.takt.usage.UsageWindow> windows = new ArrayList<>();
                for (YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
                    windows.add(new no.takt.usage.UsageWindow(meter.id(), customerId, m.atDay(1), m.atEndOfMonth()));
                }
                // the twelve months in one query
                Map<no.takt.usage.UsageWindow, BigDecimal> usage = events.usage(windows);
                List<BigDecimal> quantities = windows.stream().map(usage::get).toList();
                for (BigDecimal q : quantities) {
                    top = top.max(q);
                }
                for (int i = 0; i < quantities.size(); i++) {
                    months.add(new Month(last.minusMonths(11 - i), quantities.get(i), Charts.height(quantities.get(i),
                            top)));
                }
                model.addAttribute("meter", meter);
                model.addAttribute("customer", customer);
                model.addAttribute("months", months);
            }
            return "usage/usage";
        }
    }

    @Controller
    @RequestMapping("/meters")
    static class MeterPages extends CrudPageController<Meter, MeterInput> {

        MeterPages(MeterService service, Forms forms) {
            super(service, forms, MeterInput.class, "/meters");
        }

        @GetMapping
        String list() {
            return "redirect:/usage";
        }

        @Override
        protected void prepare(Model model, Meter entity) {
            model.addAttribute("aggregations", Aggregation.values());
        }

        @Override
        protected Object defaults() {
            return new MeterInput(null, null, null, Aggregation.SUM, null, true, null);
        }
    }
}
