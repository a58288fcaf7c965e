## Сценарии (/scenarios)
cmd-scenarios = интерактивные сценарии
menu-scenarios = 🧩 Сценарии

scenarios-title = <b>Сценарии</b>: { $total } · стр. { $page } из { $pages }
scenarios-empty =
    <b>Сценарии</b>
    Сценариев пока нет. Сценарий ведёт интерактивный звонок: что проиграть, куда вести по нажатой клавише, что записать. Создайте его в редакторе AutoCall и пришлите сюда его JSON-файл.
scenarios-row = { $position }. <b>{ $name }</b> — до { $cost } за звонок · { $stateHtml }
scenarios-btn-new = ➕ Новый из JSON-файла
scenario-state-approved = ✓ одобрен
scenario-state-moderation = ⏳ на модерации
scenario-state-denied = ✗ отклонён: { $comment }

## Карточка сценария
scenario-card =
    🧩 <b>{ $name }</b>
    Модерация: { $stateHtml }
    Звонок стоит не больше: { $cost }
    Использован в обзвонах: { $used }
    Создан: { $created }

    <b>Структура</b>
    { $outlineHtml }
scenario-outline-empty = — (пусто)
scenario-outline-more = …и ещё строк: { $count }. Вся структура — в JSON-файле.
scenario-btn-json = ⬇️ JSON-файл
scenario-btn-rename = ✏️ Переименовать
scenario-btn-replace = 📤 Заменить из файла
scenario-btn-delete = 🗑 Удалить
scenario-btn-call = 📞 Использовать в обзвоне
scenario-btn-all = « Все сценарии
scenario-delete-confirm = Удалить сценарий <b>{ $name }</b>? Отменить это будет нельзя.
scenario-btn-delete-yes = 🗑 Да, удалить
scenario-deleted = ✅ Сценарий «{ $name }» удалён.
scenario-delete-refused = ⛔ AutoCall не удалил сценарий: { $reason }
scenario-json-caption = 🧩 «{ $name }»: структура сценария
scenario-rename-title = Переименование сценария
scenario-rename-prompt = ✏️ Пришлите новое название сценария <b>{ $name }</b> (до { $max } символов).

## Сценарий из файла (мастер)
scenario-new-title = Новый сценарий
scenario-replace-title = Новая структура сценария
scenario-upload-ask = Пришлите сценарий JSON-файлом (до { $max } МБ) или вставьте JSON сообщением.
scenario-replace-ask = Пришлите новую структуру сценария <b>{ $name }</b> JSON-файлом (до { $max } МБ) или вставьте JSON сообщением. Сценарий снова пройдёт модерацию.
scenario-upload-too_big = Файл больше { $max } МБ — это не сценарий. Пришлите JSON-файл сценария.
scenario-upload-unavailable = Telegram не отдал мне файл. Пришлите его ещё раз.
scenario-upload-not_utf8 = Файл не в кодировке UTF-8. Сохраните его в UTF-8 (это умеет любой редактор) и пришлите снова.
scenario-upload-expired = Файл хранился сутки и уже удалён. Пришлите его снова.
scenario-json-invalid = Это не корректный JSON: строка { $line }, позиция { $column } — { $reasonHtml } ({ $foundHtml }). Исправьте и пришлите файл снова.
scenario-json-found = там <code>{ $char }</code>
scenario-json-found-end = там текст заканчивается
scenario-json-empty = файл пустой
scenario-json-unexpected_end = текст обрывается: не закрыта скобка или кавычка
scenario-json-unexpected_character = ожидалось значение (текст в двойных кавычках, число, true, false, null, объект или список)
scenario-json-trailing_comma = запятая перед закрывающей скобкой в JSON не допускается
scenario-json-expected_property_name = ожидалось имя в двойных кавычках
scenario-json-expected_colon = после имени ожидалось двоеточие
scenario-json-expected_comma_or_end = ожидалась запятая или закрывающая скобка
scenario-json-bad_string = в тексте перенос строки или неверная последовательность с \
scenario-json-bad_number = число записано неверно
scenario-json-trailing_content = после конца JSON есть что-то ещё
scenario-name-ask = Назовите сценарий (до { $max } символов).
scenario-name-use = Назвать «{ $name }»
scenario-created = ✅ Сценарий создан и отправлен на модерацию.
scenario-replaced = ✅ Структура заменена, сценарий снова на модерации.
