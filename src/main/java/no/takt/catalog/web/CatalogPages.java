package no.takt.catalog.web;

import no.takt.catalog.FreightTerms;
import no.takt.catalog.FreightTermsInput;
import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentForm;
import no.takt.catalog.PaymentTerms;
import no.takt.catalog.PaymentTermsInput;
import no.takt.catalog.PaymentTermsService;
import no.takt.catalog.Product;
import no.takt.catalog.ProductInput;
import no.takt.catalog.ProductService;
import no.takt.catalog.RateClass;
import no.takt.catalog.VatCode;
import no.takt.catalog.VatCodeInput;
import no.takt.catalog.VatCodeService;
import no.takt.platform.web.CrudPageController;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalog's pages: lists with search, sort and paging, and the forms to create and edit. */
final class CatalogPages {

    private CatalogPages() {
    }

    @Controller
    @RequestMapping("/vat-codes")
    static class VatCodes extends CrudPageController<VatCode, VatCodeInput> {

        private final VatCodeService service;

        VatCodes(VatCodeService service, Forms forms) {
            super(service, forms, VatCodeInput.class, "/vat-codes");
            this.service = service;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, service.list(query, null), model);
        }

        @Override
        protected void prepare(Model model, VatCode entity) {
            model.addAttribute("rateClasses", RateClass.values());
        }
    }

    @Controller
    @RequestMapping("/products")
    static class Products extends CrudPageController<Product, ProductInput> {

        private final ProductService service;
        private final VatCodeService vatCodes;

        private final Forms forms;

        Products(ProductService service, VatCodeService vatCodes, Forms forms) {
            super(service, forms, ProductInput.class, "/products");
            this.service = service;
            this.vatCodes = vatCodes;
            this.forms = forms;
        }

        @GetMapping
        String list(PageQuery query, @RequestParam(required = false) Boolean active, Model model) {
            model.addAttribute("active", active);
            return list(query, service.list(query, active, null), model);
        }

        @Override
        protected void prepare(Model model, Product entity) {
            model.addAttribute("vatCodes", vatCodes.active());
            model.addAttribute("priceModelTypes", no.takt.money.PriceModel.Type.values());
        }

        /** What a quantity would cost by the form's price model and unit price, as the user types. */
        record Example(java.math.BigDecimal exampleQuantity, java.math.BigDecimal unitPrice,
                       no.takt.money.PriceModel priceModel) {
        }

        @org.springframework.web.bind.annotation.PostMapping("/price-example")
        String example(@RequestParam org.springframework.util.MultiValueMap<String, String> params, Model model) {
            forms.tryBind(params, Example.class).filter(e -> e.exampleQuantity() != null).ifPresent(e -> {
                no.takt.money.PriceModel priceModel = no.takt.money.PriceModel.normalised(e.priceModel());
                if (priceModel == null || priceModel.problems().isEmpty()) {
                    model.addAttribute("example", (priceModel == null ? no.takt.money.PriceModel.PER_UNIT : priceModel)
                            .price(e.exampleQuantity(), e.unitPrice() == null ? java.math.BigDecimal.ZERO
                                    : e.unitPrice(), 2).amount());
                }
            });
            return "products/form :: example";
        }

        @Override
        protected Object defaults() {
            return new ProductInput(null, null, null, "stk", null, null, "3", null, false, null, null, true, null);
        }
    }

    @Controller
    @RequestMapping("/payment-terms")
    static class PaymentTermsPages extends CrudPageController<PaymentTerms, PaymentTermsInput> {

        private final PaymentTermsService service;
        private final ProductService products;

        PaymentTermsPages(PaymentTermsService service, ProductService products, Forms forms) {
            super(service, forms, PaymentTermsInput.class, "/payment-terms");
            this.service = service;
            this.products = products;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, service.list(query, null), model);
        }

        @Override
        protected void prepare(Model model, PaymentTerms entity) {
            model.addAttribute("paymentForms", PaymentForm.values());
            model.addAttribute("products", products.active());
        }

        @Override
        protected Object defaults() {
            return new PaymentTermsInput(null, 14, PaymentForm.BANK_TRANSFER, null, true, null);
        }
    }

    @Controller
    @RequestMapping("/freight-terms")
    static class FreightTermsPages extends CrudPageController<FreightTerms, FreightTermsInput> {

        private final FreightTermsService service;
        private final ProductService products;

        FreightTermsPages(FreightTermsService service, ProductService products, Forms forms) {
            super(service, forms, FreightTermsInput.class, "/freight-terms");
            this.service = service;
            this.products = products;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, service.list(query, null), model);
        }

        @Override
        protected void prepare(Model model, FreightTerms entity) {
            model.addAttribute("products", products.active());
        }

        @Override
        protected Object defaults() {
            return new FreightTermsInput(null, null, null, true, null);
        }
    }
}
