## Контакт тізімдері (/lists)
cmd-lists = контакт тізімдері
menu-lists = 📋 Контакт тізімдері

lists-title = <b>Контакт тізімдері</b>: { $total } · { $page }/{ $pages } бет
lists-empty =
    <b>Контакт тізімдері</b>
    Әзірге тізім жоқ. Тізімді файлдан немесе нөмірлерді қойып жасаңыз.
lists-row = { $position }. <b>{ $name }</b> — нөмір саны: { $count }{ $flagsHtml }
lists-flag-importing = ⏳ жүктелуде
lists-flag-nonexistent = ⚠️ жоқ нөмірлер: { $count }
lists-flag-used = қолданылды: { $count }
lists-btn-new = ➕ Жаңа тізім

## Тізім картасы
list-card =
    📋 <b>{ $name }</b>
    Нөмір саны: { $count }
    Қоңыраулар мен таратуларда қолданылды: { $used }
    Жасалған күні: { $created }
list-card-nonexistent = ⚠️ Жоқ нөмірлер: { $count } — операторлар оларды қоңыраулар кезінде белгіледі.
list-card-importing = ⏳ Жүктеу әлі жүріп жатыр: нөмірлер қосылуда.
list-btn-contacts = 👥 Контактілер
list-btn-nonexistent = ⚠️ Жоқ нөмірлер ({ $count })
list-btn-append = ➕ Нөмір қосу
list-btn-rename = ✏️ Атауын өзгерту
list-btn-call = 📞 Тізімге қоңырау шалу
list-btn-sms = ✉️ Тізімге SMS жіберу
list-btn-export = 📤 CSV түрінде жүктеу
list-btn-delete = 🗑 Тізімді жою
list-btn-all = « Барлық тізімдер
list-delete-confirm = <b>{ $name }</b> тізімін жоясыз ба? Ондағы нөмір саны: { $count }. Бұл әрекетті қайтару мүмкін емес.
list-btn-delete-yes = 🗑 Иә, жою
list-deleted = ✅ «{ $name }» тізімі жойылды.
list-delete-refused = ⛔ AutoCall тізімді жоймады: { $reason }
list-rename-title = Тізім атауын өзгерту
list-rename-prompt = ✏️ <b>{ $name }</b> тізімінің жаңа атауын жіберіңіз ({ $max } таңбаға дейін).
list-export-progress = ⏳ «{ $name }» жүктелуде: { $total } контактінің { $done }…
list-export-done = 📤 «{ $name }»: контакт саны — { $count }

## Тізімдегі контактілер
contacts-title = 👥 <b>{ $name }</b>: контакт саны — { $total } · { $page }/{ $pages } бет
contacts-empty = 👥 <b>{ $name }</b> тізімінде әзірге контакт жоқ.
contacts-row = { $position }. <code>{ $phone }</code>{ $extra }{ $variables }
contacts-btn-list = « Тізімге
contact-card =
    👤 <b>{ $phone }</b>
    Ескертпе: { $extra }
    Айнымалылар:
    { $variablesHtml }
    Қосылған күні: { $created }
contact-variable = • <code>{ $key }</code> = { $value }
contact-no-variables = —
contact-btn-delete = 🗑 Контактіні жою
contact-btn-back = « Контактілерге
contact-delete-confirm = { $phone } нөмірін тізімнен жоясыз ба?
contact-btn-delete-yes = 🗑 Иә, жою
contact-deleted = ✅ { $phone } нөмірі тізімнен жойылды.
contact-delete-refused = ⛔ AutoCall контактіні жоймады: { $reason }

## Жоқ нөмірлер
nonexistent-title = ⚠️ <b>«{ $name }» тізіміндегі жоқ нөмірлер</b>: { $count }
nonexistent-row = • <code>{ $phone }</code>{ $extra }
nonexistent-more = …тағы { $count }
nonexistent-explain = Операторлар бұл нөмірлердің жоқ екенін хабарлады. Оларды тізімнен жойыңыз немесе қалдырып, белгіні алып тастаңыз.
nonexistent-btn-delete = 🗑 Тізімнен жою
nonexistent-btn-keep = 🙈 Қалдыру
nonexistent-none = Бұл тізімде жоқ нөмірлер табылмады.
nonexistent-deleted = ✅ Тізімнен жойылған жоқ нөмірлер: { $count }.
nonexistent-kept = ✅ Нөмірлер қалдырылды ({ $count }), белгі алынды.

## Атауын өзгерту шебері (тізімдер, аудио, сценарийлер)
rename-done = ✅ Атауы өзгертілді: «{ $before }» → «{ $after }».
rename-too-long = Атауда { $length } таңба бар, ал ең көбі — { $max }. Қысқарақ атау жіберіңіз.
