## SMS-рассылки: /bulks
cmd-bulks = SMS-рассылки: статус, доставка, выгрузка
menu-bulks = 💬 SMS-рассылки

## Список
bulks-list =
    <b>💬 SMS-рассылки</b> аккаунта «{ $account }»
    { $filter }: { $count }
bulks-list-empty = Здесь рассылок нет.
bulks-btn-new = ➕ Новая рассылка
bulks-gone = Этой рассылки больше нет: её удалили.

## Карточка
bulk-card-title = 💬 <b>{ $name }</b> (№{ $id })
bulk-card-schedule = Запуск: { $date }, { $time } (время Алматы)
bulk-card-recipients = Получателей: { $recipients } · сегментов в SMS: { $segments }
bulk-card-text =
    Текст:
    <blockquote>{ $text }</blockquote>
bulk-btn-messages = 📋 Сообщения

## Сообщения
message-status-queued = в очереди
message-status-new = создано
message-status-sent = отправлено
message-status-pending = ждём отчёта
message-status-delivered = доставлено
message-status-failed = ошибка
message-status-expired = истекло время ожидания
message-status-undeliverable = не доставлено
message-status-rejected = отклонено оператором
message-status-disabled = удалено
bulk-messages-title = 📋 <b>{ $name }</b>: сообщения { $from }–{ $to } из { $total }. Нажмите номер, чтобы увидеть подробности.
bulk-messages-empty = 📋 <b>{ $name }</b>: сообщений пока нет.
bulk-btn-back-to-bulk = « К рассылке
bulk-btn-back-to-messages = « К сообщениям
bulk-message-title = 💬 { $numberHtml } — рассылка «{ $name }»
bulk-message-operator = Оператор: { $provider }
bulk-message-sent = Отправлено: { $at }
bulk-message-status-time = Статус изменён: { $at }

## Удаление
bulk-delete-confirm =
    Удалить рассылку «{ $name }» ({ $status })?
    Её сообщения и их статусы исчезнут из AutoCall. Это нельзя отменить.
bulk-delete-running = «{ $name }» сейчас отправляется, её нельзя удалить. Дождитесь завершения.
bulk-deleted = Рассылка «{ $name }» удалена.

## Выгрузка сообщений (столбцы CSV)
bulk-export-caption = 📄 Сообщения рассылки «{ $name }» (№{ $id })
bulk-csv-id = ID сообщения
bulk-csv-number = Номер
bulk-csv-extra = Примечание
bulk-csv-status = Статус
bulk-csv-operator = Оператор
bulk-csv-sent = Отправлено
bulk-csv-status-time = Статус изменён
bulk-csv-variables = Переменные
bulk-csv-created = Создано
