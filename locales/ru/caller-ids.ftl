## Номера для звонков: /callerids
cmd-callerids = арендованные номера для звонков
menu-callerids = 📞 Номера для звонков

callerids-list =
    { $noticeHtml }📞 <b>Номера для звонков</b>
    { $limitsHtml }

    { $rentalsHtml }
callerids-tariff = Ваш тариф позволяет арендовать номеров: { $max }, по { $price } в месяц за каждый; арендовано сейчас: { $count }.
callerids-tariff-none = Ваш тариф не включает аренду номеров: Silver позволяет 1, Gold — 2.
callerids-none = Арендованных номеров нет.
callerids-rental = { $index }. <b>{ $number }</b> · { $provider } — до { $until } · { $left }
callerids-rental-soon = { $index }. ⚠️ <b>{ $number }</b> · { $provider } — до { $until } · <b>{ $left }</b>
callerids-days-left =
    { $days ->
        [0] истекает сегодня
        [one] остался { $days } день
        [few] осталось { $days } дня
       *[many] осталось { $days } дней
    }
callerids-btn-release = 🗑 Освободить { $number }
callerids-btn-rent = ➕ Арендовать номер
callerids-btn-refresh = 🔄 Обновить
callerids-btn-release-yes = 🗑 Да, освободить
callerids-btn-back = « Номера
callerids-btn-list = 📞 Номера для звонков
callerids-release-confirm =
    Освободить <b>{ $number }</b> досрочно? Он арендован до { $until } ({ $left }).
    ⚠️ Деньги не возвращаются, и номер может арендовать кто-то другой.
callerids-released = ✅ Номер { $number } освобождён.
callerids-gone = Этот номер уже не арендован — вот список как есть.

callerids-rent-title = Аренда номера
callerids-rent-ask =
    Пришлите id свободного номера из пула AutoCall (на портале: «Номера» → «Доступные»).
    Номер стоит { $price } в месяц; тариф позволяет { $max }, арендовано { $count }.
callerids-rent-bad-id = Пришлите id номера в пуле — только цифры, например <code>42</code>.
callerids-rent-summary =
    Арендовать номер №{ $id } из пула на месяц?
    Спишется { $price }: баланс станет { $after } вместо { $balance }.
callerids-rent-summary-short =
    Арендовать номер №{ $id } из пула на месяц?
    Аренда стоит { $price }, а на балансе { $balance }: не хватает { $after }. AutoCall откажет, пока вы не пополните баланс.
callerids-btn-rent-confirm = ✅ Арендовать за { $price }
callerids-renting = ⏳ Арендую номер №{ $id }…
callerids-rented = ✅ Номер <b>{ $number }</b> арендован до { $until }; списано { $price }. Выберите его номером звонящего в следующем обзвоне.
callerids-rent-no-money =
    Не хватает денег: аренда стоит { $price }, на балансе { $balance }. Пополните баланс и повторите.
    Ответ AutoCall: { $reason }
callerids-rent-limit =
    Тариф больше не позволяет арендовать номера (лимит — { $max }). Освободите номер или перейдите на тариф выше.
    Ответ AutoCall: { $reason }
callerids-rent-taken = Номер №{ $id } занят другим клиентом ({ $reason }). Пришлите другой id.
callerids-rent-no-such = Свободного номера №{ $id } в пуле нет ({ $reason }). Проверьте id и пришлите снова.
