package no.takt.catalog.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import no.takt.catalog.FreightTerms;
import no.takt.catalog.FreightTermsInput;
import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentTerms;
import no.takt.catalog.PaymentTermsInput;
import no.takt.catalog.PaymentTermsService;
import no.takt.catalog.Product;
import no.takt.catalog.ProductInput;
import no.takt.catalog.ProductService;
import no.takt.catalog.VatCode;
import no.takt.catalog.VatCodeInput;
import no.takt.catalog.VatCodeService;
import no.takt.platform.web.CrudApiController;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's REST resources: {@code /api/v1/vat-codes}, {@code /products}, {@code /payment-terms}, {@code /freight-terms}. */
final class CatalogApi {

    private CatalogApi() {
    }

    @RestController
    @RequestMapping("/api/v1/vat-codes")
    @Tag(name = "VAT codes")
    static class VatCodes extends CrudApiController<VatCode, VatCodeInput> {

        private final VatCodeService service;

        VatCodes(VatCodeService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<VatCode> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active) {
            return service.list(query, active);
        }
    }

    @RestController
    @RequestMapping("/api/v1/products")
    @Tag(name = "Products")
    static class Products extends CrudApiController<Product, ProductInput> {

        private final ProductService service;

        Products(ProductService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<Product> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active,
                @RequestParam(required = false) String vatCode) {
            return service.list(query, active, vatCode);
        }
    }

    @RestController
    @RequestMapping("/api/v1/payment-terms")
    @Tag(name = "Payment terms")
    static class PaymentTermsApi extends CrudApiController<PaymentTerms, PaymentTermsInput> {

        private final PaymentTermsService service;

        PaymentTermsApi(PaymentTermsService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<PaymentTerms> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active) {
            return service.list(query, active);
        }
    }

    @RestController
    @RequestMapping("/api/v1/freight-terms")
    @Tag(name = "Freight terms")
    static class FreightTermsApi extends CrudApiController<FreightTerms, FreightTermsInput> {

        private final FreightTermsService service;

        FreightTermsApi(FreightTermsService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<FreightTerms> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active) {
            return service.list(query, active);
        }
    }
}
