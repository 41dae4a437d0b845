-- Price models (issue 12): a product's and a line's model as JSON ({type, tiers, packageSize,
-- includedUnits}); none is per unit.
alter table product add column price_model varchar(4000);
alter table subscription_line add column price_model varchar(4000);
