## Списки контактов (/lists)
cmd-lists = списки контактов
menu-lists = 📋 Списки контактов

lists-title = <b>Списки контактов</b>: { $total } · стр. { $page } из { $pages }
lists-empty =
    <b>Списки контактов</b>
    Списков пока нет. Создайте список из файла или вставив номера.
lists-row = { $position }. <b>{ $name }</b> — номеров: { $count }{ $flagsHtml }
lists-flag-importing = ⏳ загружается
lists-flag-nonexistent = ⚠️ несуществующих: { $count }
lists-flag-used = использован: { $count }
lists-btn-new = ➕ Новый список

## Карточка списка
list-card =
    📋 <b>{ $name }</b>
    Номеров: { $count }
    Использован в обзвонах и рассылках: { $used }
    Создан: { $created }
list-card-nonexistent = ⚠️ Несуществующих номеров: { $count } — операторы отметили их во время обзвонов.
list-card-importing = ⏳ Загрузка ещё идёт: номера добавляются.
list-btn-contacts = 👥 Контакты
list-btn-nonexistent = ⚠️ Несуществующие номера ({ $count })
list-btn-append = ➕ Дополнить номерами
list-btn-rename = ✏️ Переименовать
list-btn-call = 📞 Обзвонить список
list-btn-sms = ✉️ SMS по списку
list-btn-export = 📤 Выгрузить CSV
list-btn-delete = 🗑 Удалить список
list-btn-all = « Все списки
list-delete-confirm = Удалить список <b>{ $name }</b>? Номеров в нём: { $count }. Отменить это будет нельзя.
list-btn-delete-yes = 🗑 Да, удалить
list-deleted = ✅ Список «{ $name }» удалён.
list-delete-refused = ⛔ AutoCall не удалил список: { $reason }
list-rename-title = Переименование списка
list-rename-prompt = ✏️ Пришлите новое название списка <b>{ $name }</b> (до { $max } символов).
list-export-progress = ⏳ Выгружаю «{ $name }»: { $done } из { $total } контактов…
list-export-done = 📤 «{ $name }»: контактов — { $count }

## Контакты списка
contacts-title = 👥 <b>{ $name }</b>: контактов — { $total } · стр. { $page } из { $pages }
contacts-empty = 👥 В списке <b>{ $name }</b> пока нет контактов.
contacts-row = { $position }. <code>{ $phone }</code>{ $extra }{ $variables }
contacts-btn-list = « К списку
contact-card =
    👤 <b>{ $phone }</b>
    Примечание: { $extra }
    Переменные:
    { $variablesHtml }
    Добавлен: { $created }
contact-variable = • <code>{ $key }</code> = { $value }
contact-no-variables = —
contact-btn-delete = 🗑 Удалить контакт
contact-btn-back = « К контактам
contact-delete-confirm = Удалить номер { $phone } из списка?
contact-btn-delete-yes = 🗑 Да, удалить
contact-deleted = ✅ Номер { $phone } удалён из списка.
contact-delete-refused = ⛔ AutoCall не удалил контакт: { $reason }

## Несуществующие номера
nonexistent-title = ⚠️ <b>Несуществующие номера в «{ $name }»</b>: { $count }
nonexistent-row = • <code>{ $phone }</code>{ $extra }
nonexistent-more = …и ещё { $count }
nonexistent-explain = Операторы сообщили, что этих номеров не существует. Удалите их из списка или оставьте и снимите отметку.
nonexistent-btn-delete = 🗑 Удалить из списка
nonexistent-btn-keep = 🙈 Оставить
nonexistent-none = В этом списке нет несуществующих номеров.
nonexistent-deleted = ✅ Удалено несуществующих номеров: { $count }.
nonexistent-kept = ✅ Номера оставлены ({ $count }), отметка снята.

## Мастер переименования (списки, аудио, сценарии)
rename-done = ✅ Переименовано: «{ $before }» → «{ $after }».
rename-too-long = В названии { $length } символов, а можно не больше { $max }. Пришлите покороче.
