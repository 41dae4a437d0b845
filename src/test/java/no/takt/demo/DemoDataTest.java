package no.takt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo set loads through the real services (so it passes every validation); rolled back afterwards. */
class DemoDataTest extends IntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void loadsARealisticNorwegianDataSet() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            demo.load();
            List<String> names = DemoCustomers.ALL.stream().map(DemoCustomers.Spec::name).toList();
            assertThat(count("select count(*) from customer where name in (:names)", names)).isEqualTo(25);
            assertThat(count("select count(*) from product where product_number in (:names)",
                    DemoData.PRODUCTS.stream().map(p -> p.productNumber()).toList())).isEqualTo(15);
            assertThat(jdbc.sql("select distinct v.rate from product p join vat_code v on v.code = p.vat_code"
                            + " where p.product_number in (:numbers)")
                    .param("numbers", DemoData.PRODUCTS.stream().map(p -> p.productNumber()).toList())
                    .query(java.math.BigDecimal.class).list())
                    .extracting(r -> r.stripTrailingZeros().toPlainString()).contains("25", "15", "12", "0");
            assertThat(count("select count(*) from employee where initials in (:names)", List.of("KN", "OH", "IB")))
                    .isEqualTo(3);
            assertThat(count("select count(*) from bank_account where account_number in (:names)",
                    List.of("15031234562", "86011117947"))).isEqualTo(2);
            assertThat(jdbc.sql("select name from organisation").query(String.class).single()).isEqualTo("Fjordtakt AS");
            assertThat(count("select count(*) from customer_group where name in (:names)",
                    List.of("Bedrift", "Privat", "Nord-Norge", "Norden"))).isEqualTo(4);
            assertThat(count("select count(*) from contact c join customer k on k.id = c.customer_id"
                    + " where k.name in (:names) and c.default_your_reference", names))
                    .isEqualTo(DemoCustomers.ALL.stream().filter(s -> !s.contacts().isEmpty()).count());
            assertThat(count("select count(*) from customer where name in (:names) and peppol_id is not null", names))
                    .isGreaterThan(5);
            assertThat(jdbc.sql("select count(*) from subscription where subject in ('Programvarelisens @MONTHSTRING@',"
                    + " 'Avisabonnement @YEAR@', 'Driftsavtale @MONTHSTRING@') and active = true").query(Long.class)
                    .single()).isEqualTo(3);
            assertThat(jdbc.sql("select processing_step from subscription where subject = 'Driftsavtale @MONTHSTRING@'")
                    .query(String.class).single()).isEqualTo("SALES_ORDER");
            assertThat(jdbc.sql("select count(*) from subscriber b join subscription s on s.id = b.subscription_id"
                    + " where s.subject = 'Programvarelisens @MONTHSTRING@'").query(Long.class).single()).isEqualTo(9);
            status.setRollbackOnly();
        });
    }

    @Autowired
    no.takt.billing.Previews previews;

    @Autowired
    no.takt.documents.DocumentPrint print;

    /** The next document of each demo subscriber that gets EHF (a Peppol id) passes the PEPPOL rules. */
    @Test
    void everyEhfOfTheDemoDataPassesThePeppolRules() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            demo.load();
            List<long[]> subscribers = jdbc.sql("""
                    select b.subscription_id, b.id from subscriber b join subscription s on s.id = b.subscription_id
                    where s.subject in ('Programvarelisens @MONTHSTRING@', 'Avisabonnement @YEAR@')
                      and b.customer_id is not null""")
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            int checked = 0;
            for (long[] s : subscribers) {
                no.takt.documents.Document d = previews.forSubscriber(s[0], s[1],
                        java.time.LocalDate.parse("2026-12-01"));
                if (d.customer().peppolId() == null) {
                    continue;
                }
                byte[] ehf = print.ehf(d);
                assertThat(print.validate(ehf, d).errors()).as(d.customer().customerName()).isEmpty();
                checked++;
            }
            assertThat(checked).isGreaterThan(2);
            status.setRollbackOnly();
        });
    }

    private long count(String sql, List<String> names) {
        return jdbc.sql(sql).param("names", names).query(Long.class).single();
    }
}
