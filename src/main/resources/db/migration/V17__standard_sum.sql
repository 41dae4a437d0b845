-- The subscription list's standard order sum (the lines as the subscription has them, excl. VAT) is
-- kept on the subscription, worked out by the pricing rule (money.Pricing, the currency's minor unit)
-- whenever a line or the subscription changes, so the list sorts by it without pricing in SQL.
-- Existing subscriptions get it as the list computed it so far (two decimals, as NOK, DKK, SEK, EUR have).
alter table subscription add column standard_sum_excl_vat numeric(19, 4) default 0 not null;
update subscription set standard_sum_excl_vat = coalesce((select sum(round(l.quantity * l.unit_price
    * (100 - l.percent_discount) / 100 - l.cash_discount, 2)) from subscription_line l
    where l.subscription_id = subscription.id and l.free_text = false), 0);
