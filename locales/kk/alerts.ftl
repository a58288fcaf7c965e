## Commands and menu
cmd-alerts = хабарламалар: не алу, соңғы оқиғалар
menu-alerts = 🔔 Хабарламалар

## Alert messages (pushed by the notifier)
alert-footer = { $labelHtml } · { $time }
alert-autocall-finished = 🏁 <b>Қоңырау шалу аяқталды</b>: { $name } (№{ $id })
alert-autocall-outcome =
    Сәтті: <b>{ $percent }</b> — { $total } ішінен { $success }
    Жауап бермеді: { $noAnswer } · бос емес: { $busy } · қателер: { $error }
    Кері қоңырау шалды: { $recalled } · спам: { $spam }
    Сөйлесу уақыты: { $talk }
    Құны: <b>{ $cost }</b>
alert-autocall-no-details = Нәтижелерін көру үшін қоңырау шалуды ашыңыз.
alert-low-balance =
    ⚠️ <b>Баланс аз</b>: { $balance }
    Ол { $threshold } шегінен төмен түсті. Қоңырау шалулар тоқтамауы үшін толықтырыңыз.
alert-callerid-expiring =
    📱 <b>Нөмір жалдауы жақында аяқталады</b>: { $number }
    { $until } дейін жалға алынған — { $days ->
        [one] { $days } күн қалды
       *[other] { $days } күн қалды
    }.
alert-callerid-expiring-soon = 📱 <b>Нөмір жалдауы жақында аяқталады</b>: { $number }
alert-callerid-released = 📴 <b>Нөмір босатылды</b>: { $number }
alert-bulk-finished = 🏁 <b>SMS таратылымы аяқталды</b>: { $name }
alert-what-autocall = қоңырау шалу
alert-what-bulk = SMS таратылымы
alert-what-sound = аудиожазба
alert-what-scenario = сценарий
alert-moderation-passed = ✅ <b>Модерациядан өтті</b>: { $what } «{ $name }»
alert-moderation-denied = ⛔ <b>Модерациядан өтпеді</b>: { $what } «{ $name }»
alert-moderation-result = 🛡 <b>Модерация аяқталды</b>: { $what } «{ $name }»
alert-commented = 💬 <b>Модератордың пікірі</b>: { $what } «{ $name }»
alert-comment = <i>{ $comment }</i>
alert-import-complete = 📥 <b>Тізім жүктелді</b>: «{ $name }»
alert-import-complete-count = 📥 <b>Тізім жүктелді</b>: «{ $name }», контактілер: { $count }
alert-import-failure = ❌ <b>Тізімді жүктеу сәтсіз аяқталды</b>: «{ $name }»
alert-nonexistent = ⚠️ «{ $name }» тізімінде <b>жоқ нөмірлер</b>: { $count }
alert-export-ready = 📤 <b>Экспорт дайын</b>: { $name }
alert-export-failure = ❌ <b>Экспорт сәтсіз аяқталды</b>: { $name }
alert-balance-deposit = 💳 <b>Баланс толықтырылды</b>: { $amount }. Қазір: { $balance }
alert-balance-withdraw = 💳 <b>Есептен шығарылды</b>: { $amount }. Баланс: { $balance }
alert-generic = 🔔 <b>Хабарлама</b> { $type }
alert-generic-field = { $name }: { $value }
alert-btn-open = 📂 Ашу
alert-btn-export = 📄 Экспорттау
alert-btn-relaunch = 🔁 Жетпегендерге қайта шалу
alert-btn-topup-amount = 💳 { $amount }
alert-btn-topup-other = 💳 Басқа сома
alert-btn-callerids = 📱 Нөмірлер
alert-btn-relink = 🔑 Жаңа кілт байланыстыру
alert-key-refused = 🔑 AutoCall «{ $account }» аккаунтының кілтін енді қабылдамайды, сондықтан одан хабарламалар тоқтады. Оларды қайта алу үшін жаңа кілт байланыстырыңыз.
alert-paused-member = ⏸ «{ $account }» аккаунтының { $chat } үшін хабарламалары тоқтатылды: Telegram бот бұғатталғанын хабарлады. { $chat } ботқа қайта жазғанда олар жалғасады.
alert-paused-group = ⏸ «{ $account }» аккаунтының «{ $chat }» чатына хабарламалары тоқтатылды: бот чаттан шығарылды немесе онда жаза алмайды. Ботты қайтарып, сол чатта /alerts ішінде «Жалғастыру» түймесін басыңыз.

## Notification types
alert-type-autocall-finished = Қоңырау шалу аяқталды
alert-type-low-balance = Баланс аз
alert-type-caller-id-expiring-soon = Нөмір жалдауы аяқталуда
alert-type-sound-confirmed = Аудио модерациясы
alert-type-sound-commented = Аудиоға пікірлер
alert-type-sms-bulk-confirmed = SMS модерациясы
alert-type-sms-bulk-commented = SMS-ке пікірлер
alert-type-sms-bulk-finished = SMS таратылымы аяқталды
alert-type-scenario-confirmed = Сценарий модерациясы
alert-type-scenario-commented = Сценарийге пікірлер
alert-type-autocall-confirmed = Қоңырау шалу модерациясы
alert-type-autocall-commented = Қоңырау шалуға пікірлер
alert-type-import-complete = Тізім жүктелді
alert-type-import-failure = Жүктеу қатесі
alert-type-nonexistent-contacts-detected = Жоқ нөмірлер
alert-type-export-is-ready = Экспорт дайын
alert-type-export-failure = Экспорт қатесі
alert-type-refresh-balance = Баланс өзгерістері
alert-type-caller-id-released = Нөмір босатылды
alert-type-other = Хабарламалардың жаңа түрлері

## /alerts
alerts-none = ештеңе
alerts-person =
    🔔 { $labelHtml } аккаунтының <b>хабарламалары</b>
    Сіз аласыз: { $types }.
alerts-paused-person = ⏸ Тоқтатылды: Telegram маған сізге жазуға рұқсат бермеді. «Жалғастыру» түймесін басыңыз.
alerts-where-you = сізге
alerts-where-chat = осы чатқа
alerts-where-topic = осы тақырыпқа
alerts-group-title = 🔔 { $labelHtml } аккаунтының <b>хабарламалары</b> { $where }
alerts-group-off = Жазылым жоқ. Чатты жазыңыз — мұнда қоңырау шалу нәтижелері, аз баланс және нөмір жалдауының аяқталуы келеді.
alerts-group-on = Жазылым: { $types }.
alerts-paused-group = ⏸ Тоқтатылды: мен мұнда жаза алмадым. Мүмкін болғанда «Жалғастыру» түймесін басыңыз.
alerts-types =
    ⚙️ <b>{ $where } не жіберу керек</b> — { $labelHtml } аккаунты
    ✅ — жіберіледі. Ауыстыру үшін түрін басыңыз.
alerts-btn-recent = 📬 Соңғы хабарламалар
alerts-btn-types = ⚙️ Түрлерін таңдау
alerts-btn-resume = ▶️ Жалғастыру
alerts-btn-subscribe = 🔔 Осы чатты жазу
alerts-btn-unsubscribe = 🔕 Жазылымнан шығу
alerts-btn-read = ✔️ Оқылды
alerts-btn-read-all = ✔️ Барлығын оқылды деу
alerts-btn-delete = 🗑 Жою
alerts-recent =
    📬 { $labelHtml } аккаунтының <b>хабарламалары</b>
    Оқылмаған: { $total } ішінен { $unread }

    { $listHtml }
alerts-recent-empty = 📬 { $labelHtml } аккаунтында хабарламалар жоқ.
alerts-recent-line = { $mark } { $time } · { $title }
alerts-card-unread = 🔵 Оқылмаған
alerts-card-read = ▫️ Оқылды
