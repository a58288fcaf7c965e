## Content wizards: a new contact list, more numbers for a list, a new sound

cmd-newlist = новый список контактов
cmd-newsound = новая аудиозапись: синтез речи или свой файл
menu-newlist = 📋 Новый список
menu-newsound = 🎙 Новая аудиозапись

## New list: name and numbers
newlist-title = Новый список
newlist-append-title = Добавить номера
newlist-ask-name = Как назвать список? Напишите название до 40 символов, например <i>Клиенты март</i>.
newlist-ask-name-again = Сейчас список называется <b>{ $name }</b>. Нажмите кнопку, чтобы оставить это название, или напишите новое (до 40 символов).
newlist-name-empty = Название не может быть пустым.
newlist-name-too_long = В названии { $length } символов, а можно не больше { $max }.
newlist-ask-numbers =
    Пришлите номера — любым способом и вперемешку:
    • текстом: один или много номеров в сообщении, в любом виде (<code>+7 701 123 45 67</code>, <code>8 (701) 123-45-67</code>, <code>7011234567</code>); после номера можно написать заметку — ФИО, договор;
    • файлом CSV, TSV или XLSX до { $limit } МБ — колонку с номерами я найду сам, остальные колонки станут переменными для SMS;
    • контактами из Telegram.
    Когда всё отправите, нажмите «Готово».
newlist-ask-more = Пришлите ещё номера — текстом, файлом или контактом — или нажмите «Готово».
newlist-added = 📥 { $sourceHtml }: добавлено { $valid }, повторов { $duplicates }, с ошибкой { $invalid }.
newlist-totals = Всего: ✅ номеров { $valid } · ♻️ повторов { $duplicates } · ⚠️ с ошибкой { $invalid }
newlist-file-csv = CSV, кодировка { $encoding }, разделитель «{ $delimiter }»
newlist-file-xlsx = Excel (XLSX), первый лист
newlist-file-header = есть строка заголовков
newlist-file-no-header = без заголовков
newlist-file-lines = по контакту в строке
newlist-file-phone = номера из колонки «{ $column }»
newlist-file-note = заметка из «{ $column }»
newlist-file-variables = переменные для SMS: { $variables }
newlist-btn-done = ✅ Готово
newlist-btn-clear = 🗑 Начать заново
newlist-reading = 📄 Читаю «{ $file }»…
newlist-read = 📄 Файл «{ $file }» прочитан.
newlist-not-read = 📄 Файл «{ $file }» не принят.
newlist-nothing-yet = Пока нет ни одного подходящего номера — пришлите номера текстом, файлом или контактом.
newlist-file-too-large = Файл больше { $limit } МБ: такие Telegram не даёт ботам скачивать. Разбейте его на части или удалите лишние колонки.
newlist-file-xls = Это файл старого Excel (XLS). Сохраните его как XLSX или CSV («Файл → Сохранить как») и пришлите снова.
newlist-file-ods = Это таблица OpenDocument (ODS). Сохраните её как XLSX или CSV и пришлите снова.
newlist-file-binary = Это не таблица — похоже на картинку, PDF или архив. Пришлите CSV, TSV или XLSX.
newlist-file-no-phone-column = Ни в одной колонке файла (их { $columns }) нет телефонных номеров. Проверьте, что номера записаны цифрами, а не формулами.
newlist-input-empty = Файл пустой.
newlist-input-unreadable = Файл повреждён — прочитать его не получилось. Сохраните его заново и пришлите ещё раз.
newlist-input-unavailable = Не получилось скачать файл из Telegram. Пришлите его ещё раз.
newlist-input-expired = Собранные номера не сохранились — пришлите их, пожалуйста, ещё раз.
newlist-input-no_numbers = В этом сообщении нет ни одного номера. Пришлите номера, например <code>+7 701 123 45 67</code>, или нажмите «Готово».

## New list: why numbers are refused
newlist-source-file = файл «{ $file }»
newlist-source-text = сообщение { $number }
newlist-source-contact = контакт
newlist-reason-empty = пусто
newlist-reason-no_phone = нет номера
newlist-reason-excel_scientific = Excel записал номер как 7,7E+10 и цифры потерялись — сделайте колонку текстовой
newlist-reason-invalid_characters = лишний символ «{ $char }»
newlist-reason-bad_length = { $digits } цифр, а после +7 должно быть ровно 10
newlist-reason-russian = российский номер, а списки AutoCall принимают только казахстанские
newlist-reason-foreign = номер другой страны, а списки AutoCall принимают только казахстанские
newlist-reason-code = код { $code } списки AutoCall не принимают
newlist-group = • { $count } — { $reasonHtml }
newlist-group-code = • { $count } — { $reasonHtml } (принимают коды { $codes })
newlist-refusal = строка { $line }, { $sourceHtml }: <code>{ $text }</code> — { $reasonHtml }
newlist-csv-source = Откуда
newlist-csv-line = Строка
newlist-csv-text = Что было написано
newlist-csv-reason = Почему не принят
newlist-refusals-file = Все непринятые номера ({ $count }): исправьте их и пришлите файл в мастер снова.

## New list: review and upload
newlist-review-new = Новый список <b>{ $name }</b>
newlist-review-append = Добавляем номера в список <b>{ $name }</b>
newlist-review-valid = ✅ Будет загружено номеров: { $count }
newlist-review-duplicates = ♻️ Убрано повторов: { $count }
newlist-review-truncated = ✂️ Заметок и значений обрезано до 255 символов: { $count }
newlist-review-invalid = ⚠️ Не принято: { $count }
newlist-review-first = Первые { $count }:
newlist-review-all-in-file = Все непринятые номера — в файле «{ $file }».
newlist-btn-create = 📤 Создать список ({ $count })
newlist-btn-append = 📤 Добавить номера ({ $count })
newlist-starting = 📤 Загружаю «{ $name }»…
newlist-uploading =
    📤 Загружаю «{ $name }»
    { $bar } { $done } / { $total }
newlist-stop-expired = Собранные номера не сохранились — пришлите их ещё раз.
newlist-stop-busy = Этот список уже загружается. Подождите минуту и нажмите кнопку ещё раз.
newlist-stop-list_gone = Этого списка больше нет в AutoCall — похоже, его удалили.
newlist-half = Список <b>{ $name }</b> (ID { $id }) загружен не полностью: в нём { $held } из { $total } номеров. Нажмите «Продолжить» — я догружу остальное, ничего не задвоив.
newlist-half-unknown = Список <b>{ $name }</b> (ID { $id }) загружен не полностью (должно быть { $total } номеров), а AutoCall сейчас не отвечает. Нажмите «Продолжить», когда он заработает, — я догружу остальное, ничего не задвоив.
newlist-btn-resume = ▶️ Продолжить загрузку
newlist-created =
    ✅ Список <b>{ $name }</b> создан
    ID { $id } · номеров: { $count }
newlist-appended =
    ✅ В список <b>{ $name }</b> добавлено номеров: { $added }
    ID { $id } · теперь номеров: { $count }
newlist-btn-call = 📞 Обзвонить этот список
newlist-btn-sms = ✉️ SMS по этому списку

## New sound
newsound-title = Новая аудиозапись
newsound-ask-source =
    Пришлите текст, который нужно озвучить (до { $max } символов), — я синтезирую речь.
    Или пришлите голосовое сообщение либо аудиофайл MP3, WAV или OGG (до { $limit } МБ) — загружу его как есть.
newsound-ask-source-text =
    Текст ({ $count } из { $max } символов):
    <blockquote>{ $text }</blockquote>
    Нажмите кнопку, чтобы оставить его, или пришлите новый текст, голосовое сообщение или аудиофайл.
newsound-ask-source-audio = Файл для загрузки: { $file }. Нажмите кнопку, чтобы оставить его, или пришлите другой файл либо текст для синтеза.
newsound-voice-note = голосовое сообщение
newsound-btn-keep-text = ✓ Оставить этот текст
newsound-btn-keep-audio = ✓ Оставить этот файл
newsound-text-empty = Текст пустой — напишите, что должен сказать голос.
newsound-text-too_long = В тексте { $length } символов, а можно не больше { $max }: сократите его на { $over }.
newsound-receiving = 🎧 Получаю файл…
newsound-audio-too-big = Файл больше { $limit } МБ: такие Telegram не даёт ботам скачивать. Сожмите или обрежьте запись.
newsound-audio-unavailable = Не получилось скачать файл из Telegram. Пришлите его ещё раз.
newsound-audio-unknown = Это не аудиофайл. AutoCall принимает MP3, WAV и OGG — пришлите файл в одном из этих форматов или голосовое сообщение.
newsound-audio-format = Это файл { $format }, а AutoCall принимает только MP3, WAV и OGG. Сохраните запись в одном из этих форматов или пришлите голосовое сообщение.
newsound-ask-voice = Текст: { $count } символов. Выберите голос:
newsound-voice-label = { $name } · { $gender } · { $engine }
newsound-gender-female = жен.
newsound-gender-male = муж.
newsound-speed-ask = Скорость речи: выберите или напишите число от 0,25 до 4 (1 — обычная). Сейчас: { $current }.
newsound-speed-not_a_number = Не понял скорость. Напишите число, например <code>1,25</code>.
newsound-speed-out_of_range = Скорость может быть от { $min } до { $max }.
newsound-pitch-ask = Высота голоса: выберите или напишите число от −20 до +20 (0 — без изменений). Сейчас: { $current }.
newsound-pitch-not_a_number = Не понял высоту. Напишите число, например <code>-5</code> или <code>3</code>.
newsound-pitch-out_of_range = Высота может быть от { $min } до { $max }.
newsound-ask-name = Как назвать аудиозапись? Нажмите кнопку, чтобы взять «{ $name }», или напишите своё название (до 40 символов).
newsound-voice-name = Голосовое { $at }
newsound-name-empty = Название не может быть пустым.
newsound-name-too_long = В названии { $length } символов, а можно не больше { $max }.
newsound-summary =
    Проверьте и запустите синтез:
    <blockquote>{ $text }</blockquote>
    Символов: { $count }
    Голос: { $voice }
    Скорость: { $speed } · высота: { $pitch }
    Название: <b>{ $name }</b>
newsound-estimate = Длительность: около { $seconds } с речи
newsound-cost = 💰 Около <b>{ $cost }</b>: AutoCall списывает по вашему тарифу { $price } за секунду речи после синтеза, по фактической длительности.
newsound-cost-unknown = 💰 Спишется по тарифу AutoCall за секунду речи после синтеза: цену тарифа сейчас узнать не удалось.
newsound-balance = Баланс: { $balance }
newsound-short = ⚠️ Баланса может не хватить: пополните его хотя бы на { $missing }.
newsound-btn-synthesize = 🎙 Синтезировать
newsound-synthesizing = 🎙 Синтезирую «{ $name }»…
newsound-uploading = 📤 Загружаю «{ $name }»…
newsound-done = ✅ Аудиозапись «{ $name }» готова — послушайте её ниже.
newsound-no-funds = На балансе не хватает денег на синтез. Пополните баланс и попробуйте снова.
newsound-no-funds-balance = На балансе не хватает денег на синтез (сейчас { $balance }). Пополните баланс и попробуйте снова.
newsound-audio-gone = Присланный файл не сохранился — пришлите его, пожалуйста, ещё раз.
newsound-busy = Эта аудиозапись уже создаётся. Подождите минуту и нажмите кнопку ещё раз.
newsound-card =
    🎧 <b>{ $name }</b> (ID { $id })
    Длительность: { $duration }
    { $stateHtml }
newsound-state-confirmed = ✅ Одобрена модераторами
newsound-state-denied = ❌ Отклонена модераторами: { $comment }
newsound-state-moderation = ⏳ На модерации — обычно это занимает несколько минут.
newsound-btn-call = 📞 Использовать в обзвоне
newsound-no-preview = Прослушать запись здесь не получилось — она есть в разделе /sounds.
