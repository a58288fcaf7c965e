## Обзвоны: /campaigns
cmd-campaigns = обзвоны: статус, звонки, выгрузка
menu-campaigns = 📞 Обзвоны

## Статусы обзвонов и SMS-рассылок
campaign-status-running = выполняется
campaign-status-awaiting = ожидает запуска
campaign-status-moderation = на модерации
campaign-status-completed = завершён
campaign-status-denied = отклонён

## Списки (общее для обзвонов и рассылок)
campaigns-filter-all = Все
campaigns-list-partial = Пока прочитано { $read } из { $total }: › читает дальше.
campaigns-page = Страница { $page } из { $pages }
campaigns-btn-refresh = 🔄 Обновить
campaigns-btn-export = ⬇️ Выгрузить CSV
campaigns-btn-edit-schedule = ✏️ Изменить расписание
campaigns-btn-delete = 🗑 Удалить
campaigns-btn-delete-yes = 🗑 Да, удалить
campaigns-btn-back-to-list = « К списку
campaigns-unchanged = Ничего не изменилось.
campaigns-export-progress = ⏳ Выгружаю «{ $name }»: { $done } из { $total }…
campaigns-export-done = ✅ «{ $name }» выгружен: { $count } строк.
campaigns-export-busy = Эта выгрузка уже идёт. Файл придёт в этот чат.

## Список обзвонов
campaigns-list =
    <b>📞 Обзвоны</b> аккаунта «{ $account }»
    { $filter }: { $count }
campaigns-list-empty = Здесь обзвонов нет.
campaigns-btn-new = ➕ Новый обзвон
campaigns-gone = Этого обзвона больше нет: его удалили.

## Карточка обзвона
campaign-card-title = 📞 <b>{ $name }</b> (№{ $id })
campaign-card-status = Статус: { $status }
campaign-card-type-regular = Тип: обычный, аудио: { $audio }
campaign-card-type-interactive = Тип: интерактивный, сценарий: { $scenario }
campaign-card-schedule = Расписание: с { $date }, звонки { $from }–{ $to } (время Алматы)
campaign-card-tries = Попыток на номер: до { $tries }, каждые { $interval } мин
campaign-card-caller-id = Номер звонящего: { $callerId }
campaign-card-caller-id-pool = Номер звонящего: случайный из пула
campaign-card-recorded = 🎙 Разговоры записываются
campaign-card-progress = { $bar } { $percent } — обработано { $processed } из { $total } номеров
campaign-card-counters =
    ✅ Успешно: { $success } ({ $successPercent })
    ↩️ Перезвонили сами: { $recalled }
    🔕 Нет ответа: { $noAnswer }
    📵 Занято: { $busy }
    ❌ Номер не существует: { $error }
    🚫 Жалобы на спам: { $spam }
campaign-card-talk = 🗣 Время разговоров: { $talk }
campaign-card-cost = 💰 Максимальная стоимость: { $max }
campaign-card-final-cost = 💰 Итоговая стоимость: { $final } (максимум был { $max })
campaign-card-finished = Завершён: { $at }
campaign-card-comment = 💬 Модератор: { $comment }
campaign-btn-calls = 📋 Звонки
campaign-btn-relaunch = 🔁 Обзвонить недозвонившихся

## Звонки
call-status-in_queue = в очереди
call-status-success = успешно
call-status-recalled = перезвонил сам
call-status-no_answer = нет ответа
call-status-busy = занято
call-status-error = номер не существует
call-status-spam = жалоба на спам
campaign-calls-title = 📋 <b>{ $name }</b>: звонки { $from }–{ $to } из { $total }. Нажмите номер, чтобы увидеть подробности.
campaign-calls-empty = 📋 <b>{ $name }</b>: звонков пока нет.
campaign-btn-back-to-card = « К обзвону
campaign-call-title = 📞 { $numberHtml } — обзвон «{ $name }»
campaign-call-status = Статус: { $statusHtml }
campaign-call-in-progress = 📲 На этот номер звоним прямо сейчас.
campaign-call-tries = Попыток: { $tries }
campaign-call-durations = Разговор: { $talk }; обратный звонок: { $recall }
campaign-call-answers = Ответы по сценарию:
campaign-call-answers-more = …и ещё { $count } (в выгрузке CSV)
campaign-call-variables = Переменные:
campaign-btn-recording = 🎧 Запись разговора
campaign-btn-back-to-calls = « К звонкам
campaign-recording-caption = 🎧 Разговор с { $number }
campaign-recording-none = У этого звонка нет записи: обзвон запущен без записи или никто не ответил.

## Действия
campaign-delete-confirm =
    Удалить обзвон «{ $name }» ({ $status })?
    Его звонки и статистика исчезнут из AutoCall. Это нельзя отменить.
campaign-delete-running = «{ $name }» сейчас выполняется, его нельзя удалить. Дождитесь завершения.
campaign-deleted = Обзвон «{ $name }» удалён.
campaign-relaunch-not-completed = Повторно обзвонить можно только завершённый обзвон, а этот — { $status }.
campaign-relaunch-busy = Список уже создаётся: он появится в этом чате.
campaign-relaunch-done =
    🔁 Новый список «{ $list }»: { $count } номеров, до которых «{ $campaign }» не дозвонился.
    Запустить по нему обзвон?
campaign-relaunch-empty = 🔁 «{ $campaign }» дозвонился до всех: новый список «{ $list }» пуст.
campaign-btn-call-list = 📞 Обзвонить этот список
campaign-btn-open-list = 📋 Открыть список

## Выгрузка звонков (столбцы CSV)
campaign-export-caption = 📄 Звонки обзвона «{ $name }» (№{ $id })
campaign-csv-id = ID звонка
campaign-csv-number = Номер
campaign-csv-extra = Примечание
campaign-csv-status = Статус
campaign-csv-tries = Попыток
campaign-csv-try-dates = Даты попыток
campaign-csv-try-statuses = Итоги попыток
campaign-csv-last-try = Последняя попытка
campaign-csv-talk-seconds = Разговор, с
campaign-csv-recall-seconds = Обратный звонок, с
campaign-csv-answers = Ответы по сценарию
campaign-csv-variables = Переменные
campaign-csv-created = Создан
