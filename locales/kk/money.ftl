## Қаржы: /balance, /payments, /dashboard
cmd-balance = баланс, резерв, тариф
cmd-payments = төлемдер мен операциялар
cmd-dashboard = апталық графигі бар шолу
menu-money = 💰 Баланс және төлемдер

money-balance =
    💰 <b>«{ $account }» балансы</b>
    Баланста: <b>{ $balance }</b>
    Жүріп жатқан науқандарға резервте: { $reserved }
    Тариф: { $plan } — қоңырау { $callPrice }/с, SMS { $smsPrice }
money-plan-unknown = жеке
money-btn-payments = 📜 Төлемдер
money-btn-dashboard = 📊 Шолу
money-btn-tariffs = 🏷 Барлық тарифтер
money-btn-refresh = 🔄 Жаңарту
money-btn-balance = « Баланс

money-payments =
    📜 <b>«{ $account }» төлемдері</b>
    Баланс: <b>{ $balance }</b>, резервте { $reserved }
    Айналым: кіріс { $incoming }, шығыс { $outgoing }
    Барлық уақытта: толтырылды { $paid }, жұмсалды { $used }

    <b>Операциялар</b> ({ $count }, { $pages } беттің { $page }-беті):
    { $transactionsHtml }
money-payments-none = Әзірге операция жоқ.

money-dashboard =
    📊 <b>«{ $account }» шолуы</b>
    Жүріп жатқан немесе іске қосылуды күткен науқандар: <b>{ $active }</b>
    Қоңырау кезегіндегі нөмірлер: { $queue }
    Баланс: <b>{ $balance }</b>, резервте { $reserved }

    <b>Осы аптада</b>: қоңыраулар: { $weekCalls }, сәттісі: { $weekSuccess } ({ $weekPercent }%)
    <b>Барлық уақытта</b>: қоңыраулар: { $allCalls }
    { $outcomes }

    Толығырақ: /balance, /payments
money-chart-title = Аптадағы қоңыраулар
money-outcome-success = Сәтті
money-outcome-recalled = Кері қоңырау шалды
money-outcome-no-answer = Жауап жоқ
money-outcome-busy = Бос емес
money-outcome-error = Қате
money-outcome-spam = Спам
