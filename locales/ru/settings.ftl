## Настройки: /settings
cmd-settings = настройки аккаунта, визитка, подтверждённые номера
menu-settings = ⚙️ Настройки

settings-on = вкл.
settings-off = выкл.
settings-not-set = не задано
settings-saved = ✅ Сохранено.

settings-card =
    { $noticeHtml }⚙️ <b>Настройки «{ $name }»</b>
    Телефон: { $phone }
    Звонки и SMS разрешены: { $from }–{ $to } (время Алматы)
    Перезвоны учитываются { $recalled } ч после звонка

    <b>Цены</b>: звонок { $callPrice }/с, своя АТС { $sipPrice }/с, SMS { $smsPrice }, синтез { $synthesisPrice }, распознавание { $speechPrice }, запись { $recordingPrice }

    <b>Статистика</b>
    { $statisticsHtml }

    <b>Подписки</b>: новости звонком — { $subscribe }; уведомления копией по SMS — { $notifications }
    <b>Визитка</b>: аудио — { $audio }; текст — { $visitText }
settings-statistics =
    Звонков: { $calls }, всего { $duration }
    Обзвонов: { $autocalls }; SMS-рассылок: { $bulks } ({ $sms } SMS)
    Списков: { $lists }, контактов в них: { $contacts }
    Подтверждённых номеров: { $confirmed }; жалоб на спам: { $spam }
settings-btn-rename = ✏️ Переименовать
settings-btn-subscribe = 🔔 Новости звонком: { $state }
settings-btn-notifications = 📨 Уведомления по SMS: { $state }
settings-btn-visit-card = 🪪 Визитка
settings-btn-numbers = 📱 Подтверждённые номера
settings-btn-caller-ids = 📞 Номера для звонков
settings-btn-refresh = 🔄 Обновить
settings-btn-back = « Настройки

settings-name-title = Имя аккаунта
settings-name-ask =
    Сейчас: <b>{ $current }</b>
    Пришлите новое имя: от { $min } до { $max } символов.
settings-name-length = Имя должно быть от { $min } до { $max } символов, а здесь { $length }.

settings-vc =
    { $noticeHtml }🪪 <b>Визитка</b>
    После звонка AutoCall может отправить человеку вашу визитку: аудиозапись или одно SMS.
    Аудио: { $audio }
    Текст: { $visitText }
settings-vc-audio-sound = { $state } «{ $name }» (№{ $id }, { $duration })
settings-vc-audio-gone = запись №{ $id }, которой больше нет
settings-btn-vc-audio = 🎵 Выбрать аудио
settings-btn-vc-text = ✏️ Задать текст
settings-btn-vc-remove-audio = 🗑 Убрать аудио
settings-btn-vc-remove-text = 🗑 Убрать текст
settings-btn-vc-remove-yes = 🗑 Да, убрать
settings-vc-pick =
    🎵 <b>Аудиовизитка</b> ({ $count } записей, страница { $page } из { $pages })
    ✅ одобрена · ⏳ на модерации · ❌ отклонена. Отправляются только одобренные записи.
settings-vc-no-sounds = Аудиозаписей пока нет. Добавьте запись через /newsound и возвращайтесь.
settings-vc-remove-audio-confirm = Убрать аудиовизитку? После звонка люди больше не получат запись.
settings-vc-remove-text-confirm = Убрать текстовую визитку? После звонка люди больше не получат SMS.
settings-vc-removed = ✅ Убрано.
settings-vc-text-title = Текст визитки
settings-vc-text-ask =
    Сейчас: { $current }
    Пришлите текст SMS. Он должен уместиться в одно SMS: { $max } латинских символов или 70, если есть хоть одна кириллическая или казахская буква.
settings-vc-text-empty = Текст пустой. Пришлите слова для SMS.
settings-vc-text-long-latin = Здесь { $units } символов — это { $segments } SMS. В одно SMS помещается { $limit }. Сократите текст.
settings-vc-text-long-cyrillic = Здесь { $units } символов с кириллицей — это { $segments } SMS. Такое SMS вмещает только { $limit }. Сократите текст.
settings-vc-text-lookalikes =
    Здесь { $units } символов — это { $segments } SMS: несколько знаков (кавычки, тире, похожие буквы) переводят SMS на 70-символьную кодировку. Этот вариант умещается в одно SMS — пришлите его, если он читается верно:
    <code>{ $suggestion }</code>

settings-numbers =
    📱 <b>Подтверждённые номера</b> ({ $count }, страница { $page } из { $pages })
    { $numbersHtml }
settings-numbers-none = Подтверждённых номеров пока нет.
settings-number-verified = ✅ { $phone } — подтверждён { $since }
settings-number-pending = ⏳ { $phone } — ждёт кода; удаляется через 10 минут после добавления
settings-btn-add-number = ➕ Добавить и подтвердить номер
