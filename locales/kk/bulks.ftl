## SMS таратылымдары: /bulks
cmd-bulks = SMS таратылымдары: күйі, жеткізу, жүктеп алу
menu-bulks = 💬 SMS таратылымдары

## Тізім
bulks-list =
    «{ $account }» аккаунтының <b>💬 SMS таратылымдары</b>
    { $filter }: { $count }
bulks-list-empty = Мұнда таратылым жоқ.
bulks-btn-new = ➕ Жаңа таратылым
bulks-gone = Бұл таратылым енді жоқ: ол жойылған.

## Карточка
bulk-card-title = 💬 <b>{ $name }</b> (№{ $id })
bulk-card-schedule = Басталуы: { $date }, { $time } (Алматы уақыты)
bulk-card-recipients = Алушылар: { $recipients } · бір SMS-тағы сегменттер: { $segments }
bulk-card-text =
    Мәтін:
    <blockquote>{ $text }</blockquote>
bulk-btn-messages = 📋 Хабарламалар

## Хабарламалар
message-status-queued = кезекте
message-status-new = құрылды
message-status-sent = жіберілді
message-status-pending = есеп күтілуде
message-status-delivered = жеткізілді
message-status-failed = қате
message-status-expired = күту уақыты өтті
message-status-undeliverable = жеткізілмеді
message-status-rejected = оператор қабылдамады
message-status-disabled = жойылды
bulk-messages-title = 📋 <b>{ $name }</b>: { $total } ішінен { $from }–{ $to } хабарламалар. Толығырақ көру үшін нөмірді басыңыз.
bulk-messages-empty = 📋 <b>{ $name }</b>: әзірге хабарлама жоқ.
bulk-btn-back-to-bulk = « Таратылымға
bulk-btn-back-to-messages = « Хабарламаларға
bulk-message-title = 💬 { $numberHtml } — «{ $name }» таратылымы
bulk-message-operator = Оператор: { $provider }
bulk-message-sent = Жіберілді: { $at }
bulk-message-status-time = Күйі өзгерді: { $at }

## Жою
bulk-delete-confirm =
    «{ $name }» таратылымын ({ $status }) жою керек пе?
    Оның хабарламалары мен күйлері AutoCall-дан жойылады. Мұны қайтару мүмкін емес.
bulk-delete-running = «{ $name }» қазір жіберілуде, оны жоюға болмайды. Аяқталғанын күтіңіз.
bulk-deleted = «{ $name }» таратылымы жойылды.

## Хабарламаларды жүктеу (CSV бағандары)
bulk-export-caption = 📄 «{ $name }» таратылымының хабарламалары (№{ $id })
bulk-csv-id = Хабарлама ID
bulk-csv-number = Нөмір
bulk-csv-extra = Ескертпе
bulk-csv-status = Күйі
bulk-csv-operator = Оператор
bulk-csv-sent = Жіберілді
bulk-csv-status-time = Күйі өзгерді
bulk-csv-variables = Айнымалылар
bulk-csv-created = Құрылған
