cmd-call = запустить обзвон
cmd-sms = запустить SMS-рассылку
menu-call = 📣 Новый обзвон
menu-sms = ✉️ Новая SMS-рассылка

## Общее для обоих мастеров
launch-call-title = Новый обзвон
launch-sms-title = Новая SMS-рассылка
launch-btn-next = Далее ›
launch-on = вкл.
launch-off = выкл.
launch-now = Сейчас: { $valueHtml }
launch-page = Страница { $page } из { $pages }.
launch-minutes = { $minutes } мин

## Получатели
launch-recipients-intro =
    <b>Получатели</b>
    Выберите списки и/или пришлите номера: текстом (примечание после номера сохранится), файлом CSV или XLSX (остальные столбцы станут {"{{"}переменными{"}}"}) или контактами. Сюда — до { $limit } номеров; больше — через список (/newlist).
launch-recipients-nothing = Пока ничего не выбрано.
launch-recipients-chosen = Выбрано: { $valueHtml }
launch-recipients-lists = списки { $names } (контактов: { $contacts })
launch-recipients-numbers = номеров прислано сюда: { $numbers }
launch-recipients-lists-page = Ваши списки. Страница { $page } из { $pages }.
launch-recipients-no-lists = Списков контактов пока нет — пришлите номера сюда.
launch-recipients-added = Добавлено: { $added }, повторов пропущено: { $duplicates }, не номера: { $rejected }.
launch-recipients-rejected-line = • строка { $line } «{ $text }»: { $reasonHtml }
launch-recipients-gap = ⚠️ { $variable } нет у { $missing } из { $of } присланных номеров — у них на этом месте будет пусто.
launch-recipients-none = Выберите хотя бы один список или пришлите номера.
launch-recipients-nothing-found = Здесь не нашлось номеров, которые можно добавить.
launch-recipients-over-limit = Так присланных номеров станет больше { $limit }. Для большой аудитории создайте список (/newlist) и выберите его.
launch-list-empty = В списке «{ $name }» нет контактов.
launch-reading-file = ⏳ Читаю файл…
launch-btn-clear-numbers = 🗑 Убрать присланные номера
launch-file-too-large = Файл больше { $limit } МБ — такие Telegram ботам не отдаёт. Разделите его или пришлите CSV.
launch-file-unsupported = Я читаю файлы CSV, TXT и XLSX. Сохраните таблицу как XLSX или CSV и пришлите снова.
launch-file-empty = Файл пустой.
launch-file-no-phone-column = В файле не нашлось столбца с номерами телефонов.
launch-file-unreadable = Файл повреждён или это не таблица, которую я умею читать. Сохраните его заново как XLSX или CSV.
launch-file-unavailable = Не удалось скачать файл из Telegram. Пришлите его ещё раз.

## Текст SMS
launch-sms-text-head = <b>Текст SMS</b>
launch-sms-reached-head = <b>SMS тем, кто ответил</b>
launch-sms-missed-head = <b>SMS тем, кто не ответил</b>
launch-sms-text-intro = Напишите текст, до { $max } символов. {"{{"}name{"}}"} и другие переменные подставятся из значений каждого получателя.
launch-sms-size-gsm7 = GSM-7 (латиница): SMS — { $segments }, символов — { $units }, до { $per } в одной SMS.
launch-sms-size-ucs2 = UCS-2 (Юникод): SMS — { $segments }, символов — { $units }, до { $per } в одной SMS.
launch-sms-offenders = Эти символы переводят SMS в UCS-2: { $charsHtml }
launch-sms-suggestion = Если заменить их похожими символами GSM-7, текст займёт SMS: { $segments } вместо { $now }.
launch-sms-variables = Переменные: { $list }. Длина зависит от значений у каждого получателя.
launch-sms-malformed = Это не переменные, уйдут как написано: { $list }. Имя переменной — латинские буквы, цифры и _.
launch-sms-too-long = В тексте { $length } символов, а рассылка принимает не больше { $max }.
launch-btn-gsm7 = 🔤 Заменить похожими символами GSM-7
launch-btn-use-text = ✅ Взять этот текст
launch-btn-turn-off = Выключить

## Обзвон: тип и аудио
launch-call-type-ask =
    <b>Тип</b>
    Обычный обзвон проигрывает аудиозапись, интерактивный ведёт сценарий с нажатиями клавиш и ответами.
launch-call-type-regular = 🔊 Обычный: аудиозапись
launch-call-type-interactive = 🤖 Интерактивный: сценарий
launch-audio-ask =
    <b>Аудиозапись</b>
    Выберите, что прозвучит в звонке (🟢 одобрена модерацией, ⏳ ещё нет, ⛔ отклонена), или синтезируйте новую: нажмите кнопку или просто напишите её текст.
launch-audio-none = В аккаунте пока нет аудиозаписей — синтезируйте новую.
launch-audio-sound = { $icon } «{ $name }», { $duration } ({ $state })
launch-audio-synthesis = 🗣 новая запись из текста «{ $text }», голос { $voice }
launch-audio-denied = Модерация отклонила «{ $name }»: { $reason }. Выберите другую запись.
launch-moderation-confirmed = одобрена
launch-moderation-pending = ещё не одобрена — модерация проверит её вместе с обзвоном
launch-moderation-denied = отклонена модерацией
launch-btn-synthesize = 🗣 Синтезировать новую запись
launch-synth-text-ask =
    <b>Новая запись</b>
    Напишите текст, который произнесёт голос, до { $max } символов.
launch-synth-too-long = В тексте { $length } символов, а запись принимает не больше { $max }.
launch-synth-voice-ask =
    <b>Новая запись</b>
    Текст: символов — { $length }. Выберите голос: ♀ женский, ♂ мужской.
launch-btn-keep-text = ✓ Оставить этот текст
launch-scenario-ask =
    <b>Сценарий</b>
    Выберите сценарий звонков (🟢 одобрен модерацией, ⏳ ещё нет, ⛔ отклонён).
launch-scenario-none = В аккаунте пока нет сценариев — создайте сценарий на autocall.kz.
launch-scenario-line = { $icon } «{ $name }» ({ $state })
launch-scenario-denied = Модерация отклонила «{ $name }»: { $reason }. Выберите другой сценарий.

## Обзвон: когда, повторы, дополнительно
launch-date-ask =
    <b>Дата начала</b>
    Когда начать звонки? Нажмите кнопку или напишите дату: 25.12 или 25.12.2026 (время Казахстана; сегодня { $today }).
launch-date-today = Сегодня
launch-date-tomorrow = Завтра
launch-date-bad-format = Не понял дату. Напишите её так: 25.12 или 25.12.2026.
launch-date-invalid-date = Такого дня нет в календаре.
launch-date-past = Этот день уже прошёл. Выберите сегодня или позже.
launch-window-ask =
    <b>Часы звонков</b>
    Каждый день обзвона звонки идут только в это время (время Казахстана). Нажмите кнопку или напишите так: 09:00–18:00. Аккаунту разрешено { $allowed }.
launch-window-bad-format = Не понял часы. Напишите их так: 09:00–18:00.
launch-window-out-of-range = Время суток — от 00:00 до 23:59.
launch-window-not-increasing = Конец должен быть позже начала, в пределах одних суток.
launch-window-outside-allowed = Настройки аккаунта разрешают звонки только в { $allowed }. Выберите часы внутри этого времени.
launch-window-already-over = Сегодняшние часы уже прошли. Выберите конец позже или вернитесь и начните завтра.
launch-retries-ask =
    <b>Повторы</b>
    Сколько раз звонить на номер, который не ответил (первый ряд), и сколько ждать между попытками (второй ряд).
launch-extras-ask =
    <b>Дополнительно</b>
    SMS тем, кто ответил: { $reached }
    SMS тем, кто не ответил: { $missed }
    Нажмите, чтобы изменить; всё здесь необязательно.
launch-btn-sms-reached = ✉️ SMS ответившим: { $state }
launch-btn-sms-missed = ✉️ SMS не ответившим: { $state }
launch-btn-record = 🎙 Запись: { $state }
launch-btn-lifetime = ↩️ Перезвоны: { $state }
launch-btn-callerid = 📞 Номер: { $number }
launch-callerid-random = случайный из пула
launch-callerid-ask =
    <b>Номер звонящего</b>
    Какой номер увидят абоненты: случайный из пула AutoCall или арендованный вами.
launch-callerid-option = { $number } (до { $until })
launch-callerid-none = Сейчас у аккаунта нет арендованных номеров, поэтому звонки пойдут со случайного номера из пула. Арендовать номер можно в /callerids.

## Название и итог
launch-name-ask =
    <b>Название</b>
    Назовите кампанию (до { $max } символов) — по этому названию вы её потом найдёте.
launch-name-too-long = В названии { $length } символов, а можно не больше { $max }.
launch-btn-use-name = Взять «{ $name }»
launch-btn-keep-name = ✓ Оставить «{ $name }»
launch-call-default-name = Обзвон { $date }
launch-sms-default-name = SMS { $date }
launch-summary-head = <b>Проверьте и запустите</b>
launch-sum-type = Тип: { $type }
launch-sum-audio = Аудиозапись: { $valueHtml }
launch-sum-scenario = Сценарий: { $valueHtml }
launch-sum-recipients = Получатели: { $valueHtml }
launch-sum-when = Начало: { $date }, звонки { $window } (время Казахстана)
launch-sum-tries = Попыток: { $tries }, каждые { $minutes } мин
launch-sum-sms-reached = SMS ответившим: { $value }
launch-sum-sms-missed = SMS не ответившим: { $value }
launch-sum-options = Запись: { $record } · перезвоны: { $lifetime } · номер: { $callerId }
launch-sum-name = Название: «{ $name }»
launch-sum-text =
    Текст: { $textHtml }
    { $sizeHtml }
launch-sum-size-worst = Размер: AutoCall считает по худшему случаю — каждая переменная с самым длинным значением среди получателей.
launch-sum-send-at = Отправка: { $when }
launch-summary-cost = 💰 Не больше: <b>{ $cost }</b>
launch-summary-balance = Баланс { $balance } → после запуска { $after }
launch-summary-short = ⚠️ Не хватает денег: на балансе { $balance }, не хватает <b>{ $short }</b>. Пополните баланс здесь (сводка подождёт) или нажмите «Пересчитать» после пополнения в другом месте.
launch-btn-launch = 🚀 Запустить
launch-btn-recalculate = 🔄 Пересчитать
launch-launching = ⏳ Запускаю…
launch-refused-funds = AutoCall сообщает, что баланса не хватает на эту кампанию: пополните его здесь или запустите снова, когда баланса будет достаточно.
launch-refused-spam =
    AutoCall отклонил обзвон по подозрению в спаме: { $reason }
    Что изменить: выберите запись длиннее (шаг 3) или меньше получателей (шаг 2) и запустите снова.
launch-refused-sms-forbidden =
    AutoCall отклонил SMS-рассылку: { $reason }
    Что изменить: текст (шаг 1) — ссылки, слова и заглавные буквы, типичные для спама, — или получателей (шаг 2), затем запустите снова.
launch-refused-invalid = AutoCall не принял кампанию: { $reason }. Вернитесь к нужному шагу и исправьте.
launch-refused-busy = AutoCall просит подождать: слишком много запросов. Попробуйте через минуту.
launch-refused-unsure = AutoCall сейчас не отвечает. Попробуйте через минуту: если кампания тем временем создалась, я найду её, а не создам вторую.

## Результат
launch-card-cost = Зарезервировано не больше: { $cost }
launch-call-created = ✅ Обзвон «{ $name }» (№{ $id }) создан. Модерация AutoCall проверит его до начала звонков.
launch-call-accepted = ⏳ Обзвон «{ $name }» принят: обзвоны больше чем на 5 000 номеров AutoCall создаёт в фоне. Я пришлю сюда его карточку, когда он появится.
launch-call-not-seen = Обзвон «{ $name }» не появился за полчаса. Поищите его позже в /campaigns.
launch-btn-open-campaign = 📋 Открыть обзвон
launch-sms-created = ✅ SMS-рассылка «{ $name }» (№{ $id }) создана. Модерация AutoCall проверит её до отправки.
launch-sms-pending = ⏳ SMS-рассылка «{ $name }» создаётся. Через минуту найдите её в /bulks.
launch-btn-open-bulk = 📋 Открыть рассылку

## Предпросмотр и время отправки SMS
launch-preview-head =
    <b>Предпросмотр</b>
    Первые сообщения ({ $count }) — ровно так, как они уйдут:
launch-preview-sample = { $index }) { $number } · SMS: { $segments }, { $encoding }
launch-preview-list-gap = ⚠️ { $variable } нет у { $missing } из первых { $checked } контактов списка «{ $list }» — у них на этом месте будет пусто.
launch-send-ask =
    <b>Когда отправить</b>
    Сейчас или в указанное время Казахстана: напишите 25.12 10:00 или 14:30 на сегодня. Аккаунту разрешено { $allowed }.
launch-send-now = Сейчас
launch-send-bad-format = Не понял время. Напишите дату и время так: 25.12 10:00, или только время: 14:30.
launch-send-invalid-date = Такого дня нет в календаре.
launch-send-out-of-range = Время суток — от 00:00 до 23:59; к дате добавьте время: 25.12 10:00.
launch-send-past = Это время уже прошло. Выберите позже.
launch-send-outside-allowed = Настройки аккаунта разрешают отправку только в { $allowed }.
launch-topup-head = 💳 <b>Пополнение</b> — сводка подождёт: всё выбранное сохранится.
launch-topup-after = После оплаты нажмите «К сводке»: бот заново проверит баланс и пересчитает стоимость.
launch-btn-back-to-summary = ↩ К сводке
launch-topup-refused = Ваша роль не позволяет пополнять баланс этого аккаунта: попросите менеджера или владельца, затем нажмите «Пересчитать».
