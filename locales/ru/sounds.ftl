## Аудио (/sounds)
cmd-sounds = аудиозаписи
menu-sounds = 🔊 Аудио

sounds-title = <b>Аудиозаписи</b>: { $total } · стр. { $page } из { $pages }
sounds-empty =
    <b>Аудиозаписи</b>
    Аудиозаписей пока нет. Синтезируйте речь из текста или загрузите запись.
sounds-row = { $position }. <b>{ $name }</b> — { $duration } · { $stateHtml }
sound-state-approved = ✓ одобрена
sound-state-moderation = ⏳ на модерации
sound-state-denied = ✗ отклонена: { $comment }
sounds-btn-new = ➕ Новая запись
sounds-btn-answers = 🎙 Голосовые ответы из обзвонов

## Карточка аудиозаписи
sound-card =
    🔊 <b>{ $name }</b>
    Длительность: { $duration }
    Модерация: { $stateHtml }
    Использована в обзвонах: { $used }
    Создана: { $created }
sound-btn-listen = ▶️ Прослушать
sound-btn-rename = ✏️ Переименовать
sound-btn-delete = 🗑 Удалить
sound-btn-call = 📞 Использовать в обзвоне
sound-btn-all = « Все записи
sound-delete-confirm = Удалить аудиозапись <b>{ $name }</b>? Отменить это будет нельзя.
sound-btn-delete-yes = 🗑 Да, удалить
sound-deleted = ✅ Аудиозапись «{ $name }» удалена.
sound-delete-refused = ⛔ AutoCall не удалил аудиозапись: { $reason }
sound-rename-title = Переименование записи
sound-rename-prompt = ✏️ Пришлите новое название аудиозаписи <b>{ $name }</b> (до { $max } символов).
sound-listen-caption = 🔊 { $name } · { $duration }
sound-listen-failed = AutoCall сейчас не отдал аудиофайл. Попробуйте через минуту.

## Голосовые ответы интерактивных обзвонов
answers-campaigns-title = 🎙 <b>Интерактивные обзвоны</b>: { $total } · стр. { $page } из { $pages }
    Выберите обзвон, чтобы послушать, что ответили люди.
answers-campaigns-empty = 🎙 Интерактивных обзвонов пока нет. Голосовые ответы появляются, когда в сценарии обзвона есть шаг записи.
answers-campaigns-latest-only = Показаны только последние обзвоны.
answers-campaign-row = { $position }. <b>{ $name }</b> — { $created }
answers-btn-sounds = « Аудио
answers-calls-title =
    🎙 <b>{ $name }</b>
    Звонки { $from }–{ $to } из { $total }; среди них с голосовыми ответами: { $answered }.
answers-btn-campaigns = « Обзвоны
answers-call-title = 🎙 Ответы <b>{ $phone }</b>{ $extra } · { $date }
answers-call-none = 🎙 <b>{ $phone }</b>{ $extra } не оставил голосовых ответов · { $date }
answers-file-row = { $position }. <code>{ $file }</code>
answers-btn-download = ⬇️ { $position }
answers-btn-transcript = 📝 Текст { $position }
answers-btn-calls = « Звонки обзвона
answers-audio-caption = 🎙 Ответ { $position } · { $phone }
answers-transcript-confirm = 📝 Распознать ответ { $position } от { $phone } в текст?
answers-transcript-price = Распознавание речи оплачивается с баланса: { $price } за секунду записи.
answers-transcript-price-unknown = Распознавание речи оплачивается с баланса по вашему тарифу.
answers-btn-transcript-yes = 📝 Да, распознать
answers-transcript = 📝 Ответ { $position } от { $phone }:
    <i>{ $text }</i>
answers-transcript-empty = 📝 Ответ { $position } от { $phone }: речь не распознана.
answers-transcript-no-funds = На балансе не хватает денег для распознавания речи. Пополните баланс и попробуйте снова.
answers-transcript-no-funds-balance = Не хватает денег для распознавания речи: на балансе { $balance }. Пополните баланс и попробуйте снова.
