## Caller IDs: /callerids
cmd-callerids = rented numbers to call from
menu-callerids = 📞 Caller IDs

callerids-list =
    { $noticeHtml }📞 <b>Caller IDs</b>
    { $limitsHtml }

    { $rentalsHtml }
callerids-tariff = Numbers your tariff lets you rent: { $max }, at { $price } a month each; rented now: { $count }.
callerids-tariff-none = Your tariff does not include rented numbers: Silver allows 1, Gold 2.
callerids-none = No rented numbers.
callerids-rental = { $index }. <b>{ $number }</b> · { $provider } — until { $until } · { $left }
callerids-rental-soon = { $index }. ⚠️ <b>{ $number }</b> · { $provider } — until { $until } · <b>{ $left }</b>
callerids-days-left =
    { $days ->
        [0] ends today
        [one] 1 day left
       *[other] { $days } days left
    }
callerids-btn-release = 🗑 Release { $number }
callerids-btn-rent = ➕ Rent a number
callerids-btn-refresh = 🔄 Refresh
callerids-btn-release-yes = 🗑 Yes, release
callerids-btn-back = « Caller IDs
callerids-btn-list = 📞 Caller IDs
callerids-release-confirm =
    Release <b>{ $number }</b> early? It is rented until { $until } ({ $left }).
    ⚠️ The money is not returned, and someone else may rent the number.
callerids-released = ✅ { $number } is released.
callerids-gone = That number is no longer rented: here is the list as it is now.

callerids-rent-title = Rent a caller ID
callerids-rent-ask =
    Send the id of a free number from the AutoCall pool (the portal lists them under Caller IDs → Available).
    A number costs { $price } a month; your tariff allows { $max }, you rent { $count }.
callerids-rent-bad-id = Send the number's id in the pool: digits only, e.g. <code>42</code>.
callerids-rent-summary =
    Rent pool number #{ $id } for one month?
    { $price } will be charged: the balance goes from { $balance } to { $after }.
callerids-rent-summary-short =
    Rent pool number #{ $id } for one month?
    It costs { $price }, but the balance is { $balance }: { $after } short. AutoCall will refuse unless you top up first.
callerids-btn-rent-confirm = ✅ Rent for { $price }
callerids-renting = ⏳ Renting number #{ $id }…
callerids-rented = ✅ Rented <b>{ $number }</b> until { $until }; { $price } charged. Choose it as the caller ID of your next campaign.
callerids-rent-no-money =
    Not enough money: the rent is { $price }, the balance { $balance }. Top up and try again.
    AutoCall says: { $reason }
callerids-rent-limit =
    Your tariff allows no more rented numbers (it allows { $max }). Release one or move to a bigger tariff.
    AutoCall says: { $reason }
callerids-rent-taken = Number #{ $id } is taken by another customer ({ $reason }). Send another id.
callerids-rent-no-such = There is no free number #{ $id } in the pool ({ $reason }). Check the id and send it again.
