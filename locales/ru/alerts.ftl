## Commands and menu
cmd-alerts = уведомления: что получать, последние события
menu-alerts = 🔔 Уведомления

## Alert messages (pushed by the notifier)
alert-footer = { $labelHtml } · { $time }
alert-autocall-finished = 🏁 <b>Обзвон завершён</b>: { $name } (№{ $id })
alert-autocall-outcome =
    Успешно: <b>{ $percent }</b> — { $success } из { $total }
    Не ответили: { $noAnswer } · занято: { $busy } · ошибки: { $error }
    Перезвонили: { $recalled } · спам: { $spam }
    Время разговоров: { $talk }
    Стоимость: <b>{ $cost }</b>
alert-autocall-no-details = Откройте обзвон, чтобы увидеть результаты.
alert-low-balance =
    ⚠️ <b>Низкий баланс</b>: { $balance }
    Он опустился ниже порога { $threshold }. Пополните, чтобы обзвоны не остановились.
alert-callerid-expiring =
    📱 <b>Аренда номера скоро закончится</b>: { $number }
    Арендован до { $until } — { $days ->
        [one] остался { $days } день
        [few] осталось { $days } дня
       *[other] осталось { $days } дней
    }.
alert-callerid-expiring-soon = 📱 <b>Аренда номера скоро закончится</b>: { $number }
alert-callerid-released = 📴 <b>Номер освобождён</b>: { $number }
alert-bulk-finished = 🏁 <b>SMS-рассылка завершена</b>: { $name }
alert-what-autocall = обзвон
alert-what-bulk = SMS-рассылка
alert-what-sound = аудиозапись
alert-what-scenario = сценарий
alert-moderation-passed = ✅ <b>Модерация пройдена</b>: { $what } «{ $name }»
alert-moderation-denied = ⛔ <b>Модерация не пройдена</b>: { $what } «{ $name }»
alert-moderation-result = 🛡 <b>Модерация завершена</b>: { $what } «{ $name }»
alert-commented = 💬 <b>Комментарий модератора</b>: { $what } «{ $name }»
alert-comment = <i>{ $comment }</i>
alert-import-complete = 📥 <b>Список загружен</b>: «{ $name }»
alert-import-complete-count = 📥 <b>Список загружен</b>: «{ $name }», контактов: { $count }
alert-import-failure = ❌ <b>Не удалось загрузить список</b>: «{ $name }»
alert-nonexistent = ⚠️ <b>Несуществующие номера</b> в списке «{ $name }»: { $count }
alert-export-ready = 📤 <b>Выгрузка готова</b>: { $name }
alert-export-failure = ❌ <b>Выгрузка не удалась</b>: { $name }
alert-balance-deposit = 💳 <b>Баланс пополнен</b> на { $amount }. Сейчас: { $balance }
alert-balance-withdraw = 💳 <b>Списано</b> { $amount }. Баланс: { $balance }
alert-generic = 🔔 <b>Уведомление</b> { $type }
alert-generic-field = { $name }: { $value }
alert-btn-open = 📂 Открыть
alert-btn-export = 📄 Выгрузить
alert-btn-relaunch = 🔁 Перезапустить недозвоны
alert-btn-topup-amount = 💳 { $amount }
alert-btn-topup-other = 💳 Другая сумма
alert-btn-callerids = 📱 Номера
alert-btn-relink = 🔑 Привязать новый ключ
alert-key-refused = 🔑 AutoCall больше не принимает ключ аккаунта «{ $account }», поэтому уведомления от него остановились. Привяжите новый ключ, чтобы снова их получать.
alert-paused-member = ⏸ Уведомления аккаунта «{ $account }» для { $chat } приостановлены: Telegram сообщил, что бот заблокирован. Они возобновятся, когда { $chat } снова напишет боту.
alert-paused-group = ⏸ Уведомления аккаунта «{ $account }» в чат «{ $chat }» приостановлены: бота удалили из чата или он не может туда писать. Верните бота и нажмите «Возобновить» в /alerts в этом чате.

## Notification types
alert-type-autocall-finished = Обзвон завершён
alert-type-low-balance = Низкий баланс
alert-type-caller-id-expiring-soon = Аренда номера заканчивается
alert-type-sound-confirmed = Модерация аудио
alert-type-sound-commented = Комментарии к аудио
alert-type-sms-bulk-confirmed = Модерация SMS
alert-type-sms-bulk-commented = Комментарии к SMS
alert-type-sms-bulk-finished = SMS-рассылка завершена
alert-type-scenario-confirmed = Модерация сценария
alert-type-scenario-commented = Комментарии к сценарию
alert-type-autocall-confirmed = Модерация обзвона
alert-type-autocall-commented = Комментарии к обзвону
alert-type-import-complete = Список загружен
alert-type-import-failure = Ошибка загрузки
alert-type-nonexistent-contacts-detected = Несуществующие номера
alert-type-export-is-ready = Выгрузка готова
alert-type-export-failure = Ошибка выгрузки
alert-type-refresh-balance = Изменения баланса
alert-type-caller-id-released = Номер освобождён
alert-type-other = Новые виды уведомлений

## /alerts
alerts-none = ничего
alerts-person =
    🔔 <b>Уведомления</b> аккаунта { $labelHtml }
    Вы получаете: { $types }.
alerts-paused-person = ⏸ Приостановлено: Telegram не дал мне написать вам. Нажмите «Возобновить».
alerts-where-you = вам
alerts-where-chat = в этот чат
alerts-where-topic = в эту тему
alerts-group-title = 🔔 <b>Уведомления</b> аккаунта { $labelHtml } { $where }
alerts-group-off = Подписки нет. Подпишите чат — и сюда будут приходить итоги обзвонов, низкий баланс и окончание аренды номеров.
alerts-group-on = Подписка: { $types }.
alerts-paused-group = ⏸ Приостановлено: я не смог сюда написать. Нажмите «Возобновить», когда это снова возможно.
alerts-types =
    ⚙️ <b>Что присылать { $where }</b> — аккаунт { $labelHtml }
    ✅ — присылаются. Нажмите на тип, чтобы переключить.
alerts-btn-recent = 📬 Последние уведомления
alerts-btn-types = ⚙️ Выбрать типы
alerts-btn-resume = ▶️ Возобновить
alerts-btn-subscribe = 🔔 Подписать этот чат
alerts-btn-unsubscribe = 🔕 Отписать
alerts-btn-read = ✔️ Прочитано
alerts-btn-read-all = ✔️ Прочитать все
alerts-btn-delete = 🗑 Удалить
alerts-recent =
    📬 <b>Уведомления</b> аккаунта { $labelHtml }
    Непрочитанных: { $unread } из { $total }

    { $listHtml }
alerts-recent-empty = 📬 У аккаунта { $labelHtml } нет уведомлений.
alerts-recent-line = { $mark } { $time } · { $title }
alerts-card-unread = 🔵 Не прочитано
alerts-card-read = ▫️ Прочитано
