## Money: /balance, /payments, /dashboard
cmd-balance = balance, reserved, tariff
cmd-payments = payments and transactions
cmd-dashboard = dashboard with the week's chart
menu-money = 💰 Balance and payments

money-balance =
    💰 <b>Balance of “{ $account }”</b>
    On the balance: <b>{ $balance }</b>
    Reserved for running campaigns: { $reserved }
    Tariff: { $plan } — call { $callPrice }/s, SMS { $smsPrice }
money-plan-unknown = your own
money-btn-payments = 📜 Payments
money-btn-dashboard = 📊 Dashboard
money-btn-tariffs = 🏷 All tariffs
money-btn-refresh = 🔄 Refresh
money-btn-balance = « Balance

money-payments =
    📜 <b>Payments of “{ $account }”</b>
    Balance: <b>{ $balance }</b>, reserved { $reserved }
    Turnover: in { $incoming }, out { $outgoing }
    All time: paid { $paid }, spent { $used }

    <b>Transactions</b> ({ $count }, page { $page } of { $pages }):
    { $transactionsHtml }
money-payments-none = No transactions yet.

money-dashboard =
    📊 <b>Dashboard of “{ $account }”</b>
    Campaigns running or waiting: <b>{ $active }</b>
    Numbers in the call queue: { $queue }
    Balance: <b>{ $balance }</b>, reserved { $reserved }

    <b>This week</b>: calls: { $weekCalls }, successful: { $weekSuccess } ({ $weekPercent }%)
    <b>All time</b>: calls: { $allCalls }
    { $outcomes }

    More: /balance, /payments
money-chart-title = Calls this week
money-outcome-success = Successful
money-outcome-recalled = Called back
money-outcome-no-answer = No answer
money-outcome-busy = Busy
money-outcome-error = Error
money-outcome-spam = Spam
