-- Issue 13: the organisation's accounts for the journal and SAF-T, by what they hold. A key not
-- stored takes the default of the Norwegian standard chart (NS 4102), in AccountMapping.
create table account_mapping (
    mapping_key varchar(40) primary key,
    account     varchar(20) not null
);
