## Деньги: /balance, /payments, /dashboard
cmd-balance = баланс, резерв, тариф
cmd-payments = платежи и операции
cmd-dashboard = сводка с графиком за неделю
menu-money = 💰 Баланс и платежи

money-balance =
    💰 <b>Баланс «{ $account }»</b>
    На балансе: <b>{ $balance }</b>
    Зарезервировано под идущие обзвоны: { $reserved }
    Тариф: { $plan } — звонок { $callPrice }/с, SMS { $smsPrice }
money-plan-unknown = индивидуальный
money-btn-payments = 📜 Платежи
money-btn-dashboard = 📊 Сводка
money-btn-tariffs = 🏷 Все тарифы
money-btn-refresh = 🔄 Обновить
money-btn-balance = « Баланс

money-payments =
    📜 <b>Платежи «{ $account }»</b>
    Баланс: <b>{ $balance }</b>, в резерве { $reserved }
    Обороты: приход { $incoming }, расход { $outgoing }
    За всё время: пополнено { $paid }, израсходовано { $used }

    <b>Операции</b> ({ $count }, страница { $page } из { $pages }):
    { $transactionsHtml }
money-payments-none = Операций пока нет.

money-dashboard =
    📊 <b>Сводка «{ $account }»</b>
    Обзвонов идёт или ждёт запуска: <b>{ $active }</b>
    Номеров в очереди на звонок: { $queue }
    Баланс: <b>{ $balance }</b>, в резерве { $reserved }

    <b>За неделю</b>: звонков: { $weekCalls }, успешных: { $weekSuccess } ({ $weekPercent }%)
    <b>За всё время</b>: звонков: { $allCalls }
    { $outcomes }

    Подробнее: /balance, /payments
money-chart-title = Звонки за неделю
money-outcome-success = Успешно
money-outcome-recalled = Перезвонили
money-outcome-no-answer = Нет ответа
money-outcome-busy = Занято
money-outcome-error = Ошибка
money-outcome-spam = Спам
