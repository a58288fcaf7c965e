## Қоңырау шалу науқандары: /campaigns
cmd-campaigns = қоңырау науқандары: күйі, қоңыраулар, жүктеп алу
menu-campaigns = 📞 Қоңырау науқандары

## Науқан күйлері (қоңырау және SMS)
campaign-status-running = орындалуда
campaign-status-awaiting = басталуын күтуде
campaign-status-moderation = модерацияда
campaign-status-completed = аяқталды
campaign-status-denied = қабылданбады

## Тізімдер (қоңырау және SMS науқандарына ортақ)
campaigns-filter-all = Барлығы
campaigns-list-partial = Әзірге { $total } науқаннан { $read } оқылды: › әрі қарай оқиды.
campaigns-page = { $pages } беттің { $page }-беті
campaigns-btn-refresh = 🔄 Жаңарту
campaigns-btn-export = ⬇️ CSV жүктеп алу
campaigns-btn-edit-schedule = ✏️ Кестені өзгерту
campaigns-btn-delete = 🗑 Жою
campaigns-btn-delete-yes = 🗑 Иә, жою
campaigns-btn-back-to-list = « Тізімге
campaigns-unchanged = Ештеңе өзгерген жоқ.
campaigns-export-progress = ⏳ «{ $name }» жүктелуде: { $total } ішінен { $done }…
campaigns-export-done = ✅ «{ $name }» жүктелді: { $count } жол.
campaigns-export-busy = Бұл жүктеу қазір жүріп жатыр. Файл осы чатқа келеді.

## Қоңырау науқандарының тізімі
campaigns-list =
    «{ $account }» аккаунтының <b>📞 қоңырау науқандары</b>
    { $filter }: { $count }
campaigns-list-empty = Мұнда науқан жоқ.
campaigns-btn-new = ➕ Жаңа науқан
campaigns-gone = Бұл науқан енді жоқ: ол жойылған.

## Науқан карточкасы
campaign-card-title = 📞 <b>{ $name }</b> (№{ $id })
campaign-card-status = Күйі: { $status }
campaign-card-type-regular = Түрі: қарапайым, аудио: { $audio }
campaign-card-type-interactive = Түрі: интерактивті, сценарий: { $scenario }
campaign-card-schedule = Кесте: { $date } бастап, қоңыраулар { $from }–{ $to } (Алматы уақыты)
campaign-card-tries = Әр нөмірге әрекет: { $tries } дейін, әр { $interval } мин сайын
campaign-card-caller-id = Қоңырау шалушы нөмірі: { $callerId }
campaign-card-caller-id-pool = Қоңырау шалушы нөмірі: пулдан кездейсоқ
campaign-card-recorded = 🎙 Сөйлесулер жазылады
campaign-card-progress = { $bar } { $percent } — { $total } нөмірдің { $processed } өңделді
campaign-card-counters =
    ✅ Сәтті: { $success } ({ $successPercent })
    ↩️ Өздері қайта хабарласты: { $recalled }
    🔕 Жауап жоқ: { $noAnswer }
    📵 Бос емес: { $busy }
    ❌ Нөмір жоқ: { $error }
    🚫 Спам деген шағымдар: { $spam }
campaign-card-talk = 🗣 Сөйлесу уақыты: { $talk }
campaign-card-cost = 💰 Ең жоғары құны: { $max }
campaign-card-final-cost = 💰 Қорытынды құны: { $final } (ең жоғарысы { $max } еді)
campaign-card-finished = Аяқталды: { $at }
campaign-card-comment = 💬 Модератор: { $comment }
campaign-btn-calls = 📋 Қоңыраулар
campaign-btn-relaunch = 🔁 Жете алмағандарға қайта қоңырау шалу

## Қоңыраулар
call-status-in_queue = кезекте
call-status-success = сәтті
call-status-recalled = өзі қайта хабарласты
call-status-no_answer = жауап жоқ
call-status-busy = бос емес
call-status-error = нөмір жоқ
call-status-spam = спам деп шағымданды
campaign-calls-title = 📋 <b>{ $name }</b>: { $total } ішінен { $from }–{ $to } қоңыраулар. Толығырақ көру үшін нөмірді басыңыз.
campaign-calls-empty = 📋 <b>{ $name }</b>: әзірге қоңырау жоқ.
campaign-btn-back-to-card = « Науқанға
campaign-call-title = 📞 { $numberHtml } — «{ $name }» науқаны
campaign-call-status = Күйі: { $statusHtml }
campaign-call-in-progress = 📲 Бұл нөмірге дәл қазір қоңырау шалып жатырмыз.
campaign-call-tries = Әрекеттер: { $tries }
campaign-call-durations = Сөйлесу: { $talk }; кері қоңырау: { $recall }
campaign-call-answers = Сценарий бойынша жауаптар:
campaign-call-answers-more = …және тағы { $count } (CSV жүктемесінде)
campaign-call-variables = Айнымалылар:
campaign-btn-recording = 🎧 Сөйлесу жазбасы
campaign-btn-back-to-calls = « Қоңырауларға
campaign-recording-caption = 🎧 { $number } нөмірімен сөйлесу
campaign-recording-none = Бұл қоңыраудың жазбасы жоқ: науқан жазбасыз іске қосылған немесе ешкім жауап бермеген.

## Әрекеттер
campaign-delete-confirm =
    «{ $name }» науқанын ({ $status }) жою керек пе?
    Оның қоңыраулары мен статистикасы AutoCall-дан жойылады. Мұны қайтару мүмкін емес.
campaign-delete-running = «{ $name }» қазір орындалуда, оны жоюға болмайды. Аяқталғанын күтіңіз.
campaign-deleted = «{ $name }» науқаны жойылды.
campaign-relaunch-not-completed = Тек аяқталған науқанға қайта қоңырау шалуға болады, ал бұл науқан — { $status }.
campaign-relaunch-busy = Тізім жасалып жатыр: ол осы чатта пайда болады.
campaign-relaunch-done =
    🔁 Жаңа «{ $list }» тізімі: «{ $campaign }» жете алмаған { $count } нөмір.
    Осы тізім бойынша науқан бастау керек пе?
campaign-relaunch-empty = 🔁 «{ $campaign }» барлық нөмірге жетті: жаңа «{ $list }» тізімі бос.
campaign-btn-call-list = 📞 Осы тізімге қоңырау шалу
campaign-btn-open-list = 📋 Тізімді ашу

## Қоңырауларды жүктеу (CSV бағандары)
campaign-export-caption = 📄 «{ $name }» науқанының қоңыраулары (№{ $id })
campaign-csv-id = Қоңырау ID
campaign-csv-number = Нөмір
campaign-csv-extra = Ескертпе
campaign-csv-status = Күйі
campaign-csv-tries = Әрекеттер
campaign-csv-try-dates = Әрекет күндері
campaign-csv-try-statuses = Әрекет нәтижелері
campaign-csv-last-try = Соңғы әрекет
campaign-csv-talk-seconds = Сөйлесу, с
campaign-csv-recall-seconds = Кері қоңырау, с
campaign-csv-answers = Сценарий жауаптары
campaign-csv-variables = Айнымалылар
campaign-csv-created = Құрылған
