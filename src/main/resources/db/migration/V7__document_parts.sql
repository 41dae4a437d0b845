-- A billing run writes three lines and a VAT row per document; these tables are rebuilt for speed:
--  * a line's key is its document and position: no identity column, no second index;
--  * no foreign keys to document. Lines and VAT rows are written only with their document, in the
--    same transaction, and documents are never deleted (they are accounting records), so the key
--    check PostgreSQL would make for every row (a fifth of a run's time) guards nothing. It also lets
--    a run write them before its documents, so the lock on the invoice number series is held as
--    briefly as possible.
create table document_line_rebuilt (
    document_id      bigint         not null,
    position         integer        not null,
    free_text        boolean        not null,
    bold             boolean        not null,
    italic           boolean        not null,
    product_id       bigint,
    name             varchar(200),
    description      varchar(2000),
    vat_code         varchar(10),
    vat_rate         numeric(5, 2),
    sales_account    varchar(20),
    quantity         numeric(19, 4),
    unit_price       numeric(19, 4),
    cost_price       numeric(19, 4),
    percent_discount numeric(7, 4),
    cash_discount    numeric(19, 2),
    sum_excl_vat     numeric(19, 2),
    vat              numeric(19, 2),
    sum_incl_vat     numeric(19, 2),
    constraint document_line_rebuilt_pk primary key (document_id, position)
);
insert into document_line_rebuilt (document_id, position, free_text, bold, italic, product_id, name, description,
    vat_code, vat_rate, sales_account, quantity, unit_price, cost_price, percent_discount, cash_discount,
    sum_excl_vat, vat, sum_incl_vat)
select document_id, position, free_text, bold, italic, product_id, name, description, vat_code, vat_rate,
    sales_account, quantity, unit_price, cost_price, percent_discount, cash_discount, sum_excl_vat, vat, sum_incl_vat
from document_line;
drop table document_line;
alter table document_line_rebuilt rename to document_line;
alter table document_line rename constraint document_line_rebuilt_pk to document_line_pk;

create table document_vat_rebuilt (
    document_id bigint         not null,
    rate        numeric(5, 2)  not null,
    base        numeric(19, 2) not null,
    vat         numeric(19, 2) not null,
    constraint document_vat_rebuilt_pk primary key (document_id, rate)
);
insert into document_vat_rebuilt (document_id, rate, base, vat) select document_id, rate, base, vat from document_vat;
drop table document_vat;
alter table document_vat_rebuilt rename to document_vat;
alter table document_vat rename constraint document_vat_rebuilt_pk to document_vat_pk;
