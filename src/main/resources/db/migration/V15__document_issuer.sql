-- A document keeps the organisation facts it was issued with (name, organisation number, VAT and
-- Foretaksregisteret, address, e-mail, phone): its PDF, EHF and mail show them however the
-- organisation changes later. Documents issued before this migration get the facts as they are now.
alter table document add column issuer_name varchar(200);
alter table document add column issuer_organization_number varchar(20);
alter table document add column issuer_vat_registered boolean default false not null;
alter table document add column issuer_foretaksregisteret boolean default false not null;
alter table document add column issuer_street varchar(200);
alter table document add column issuer_postcode varchar(20);
alter table document add column issuer_city varchar(100);
alter table document add column issuer_country varchar(2);
alter table document add column issuer_country_code varchar(2);
alter table document add column issuer_email varchar(254);
alter table document add column issuer_phone varchar(30);
update document set issuer_name = (select name from organisation),
    issuer_organization_number = (select organization_number from organisation),
    issuer_vat_registered = (select vat_registered from organisation),
    issuer_foretaksregisteret = (select foretaksregisteret from organisation),
    issuer_street = (select street from organisation), issuer_postcode = (select postcode from organisation),
    issuer_city = (select city from organisation), issuer_country_code = (select country from organisation),
    issuer_email = (select email from organisation), issuer_phone = (select phone from organisation);
