## Сценарийлер (/scenarios)
cmd-scenarios = интерактивті сценарийлер
menu-scenarios = 🧩 Сценарийлер

scenarios-title = <b>Сценарийлер</b>: { $total } · { $page }/{ $pages } бет
scenarios-empty =
    <b>Сценарийлер</b>
    Әзірге сценарий жоқ. Сценарий интерактивті қоңырауды басқарады: не ойнатылады, басылған пернеге қарай қайда өтеді, не жазылады. Оны AutoCall редакторында жасап, JSON-файлын осында жіберіңіз.
scenarios-row = { $position }. <b>{ $name }</b> — бір қоңырау { $cost } дейін · { $stateHtml }
scenarios-btn-new = ➕ JSON-файлдан жаңасы
scenario-state-approved = ✓ мақұлданды
scenario-state-moderation = ⏳ модерацияда
scenario-state-denied = ✗ қабылданбады: { $comment }

## Сценарий картасы
scenario-card =
    🧩 <b>{ $name }</b>
    Модерация: { $stateHtml }
    Бір қоңыраудың ең жоғары құны: { $cost }
    Қоңырауларда қолданылды: { $used }
    Жасалған күні: { $created }

    <b>Құрылымы</b>
    { $outlineHtml }
scenario-outline-empty = — (бос)
scenario-outline-more = …тағы { $count } жол. Толық құрылымы JSON-файлда.
scenario-btn-json = ⬇️ JSON-файл
scenario-btn-rename = ✏️ Атауын өзгерту
scenario-btn-replace = 📤 Файлдан ауыстыру
scenario-btn-delete = 🗑 Жою
scenario-btn-call = 📞 Қоңырау науқанында қолдану
scenario-btn-all = « Барлық сценарийлер
scenario-delete-confirm = <b>{ $name }</b> сценарийін жоясыз ба? Бұл әрекетті қайтару мүмкін емес.
scenario-btn-delete-yes = 🗑 Иә, жою
scenario-deleted = ✅ «{ $name }» сценарийі жойылды.
scenario-delete-refused = ⛔ AutoCall сценарийді жоймады: { $reason }
scenario-json-caption = 🧩 «{ $name }»: сценарий құрылымы
scenario-rename-title = Сценарий атауын өзгерту
scenario-rename-prompt = ✏️ <b>{ $name }</b> сценарийінің жаңа атауын жіберіңіз ({ $max } таңбаға дейін).

## Файлдан сценарий (шебер)
scenario-new-title = Жаңа сценарий
scenario-replace-title = Сценарийдің жаңа құрылымы
scenario-upload-ask = Сценарийді JSON-файлмен ({ $max } МБ дейін) жіберіңіз немесе JSON-ды хабарламаға қойыңыз.
scenario-replace-ask = <b>{ $name }</b> сценарийінің жаңа құрылымын JSON-файлмен ({ $max } МБ дейін) жіберіңіз немесе JSON-ды хабарламаға қойыңыз. Сценарий модерациядан қайта өтеді.
scenario-upload-too_big = Файл { $max } МБ-тан үлкен — бұл сценарий емес. Сценарийдің JSON-файлын жіберіңіз.
scenario-upload-unavailable = Telegram файлды бермеді. Оны тағы бір рет жіберіңіз.
scenario-upload-not_utf8 = Файл UTF-8 кодтауында емес. Оны UTF-8 түрінде сақтап (кез келген редактор мұны істей алады), қайта жіберіңіз.
scenario-upload-expired = Файл бір тәулік сақталып, өшірілді. Оны қайта жіберіңіз.
scenario-json-invalid = Бұл дұрыс JSON емес: { $line }-жол, { $column }-позиция — { $reasonHtml } ({ $foundHtml }). Түзетіп, файлды қайта жіберіңіз.
scenario-json-found = онда <code>{ $char }</code> тұр
scenario-json-found-end = мәтін сол жерде бітеді
scenario-json-empty = файл бос
scenario-json-unexpected_end = мәтін ерте бітеді: жақша не тырнақша жабылмаған
scenario-json-unexpected_character = мән күтілді (қос тырнақшадағы мәтін, сан, true, false, null, объект немесе тізім)
scenario-json-trailing_comma = JSON-да жабатын жақша алдында үтір қоюға болмайды
scenario-json-expected_property_name = қос тырнақшадағы атау күтілді
scenario-json-expected_colon = атаудан кейін қос нүкте күтілді
scenario-json-expected_comma_or_end = үтір немесе жабатын жақша күтілді
scenario-json-bad_string = мәтінде жол ауысуы немесе \ белгісімен қате тізбек бар
scenario-json-bad_number = сан қате жазылған
scenario-json-trailing_content = JSON аяқталғаннан кейін тағы бірдеңе бар
scenario-name-ask = Сценарийге атау беріңіз ({ $max } таңбаға дейін).
scenario-name-use = «{ $name }» деп атау
scenario-created = ✅ Сценарий жасалып, модерацияға жіберілді.
scenario-replaced = ✅ Құрылымы ауыстырылды, сценарий қайта модерацияда.
