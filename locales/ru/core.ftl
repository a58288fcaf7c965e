## Roles
role-owner = владелец
role-manager = менеджер
role-support = поддержка
role-viewer = наблюдатель

## Common buttons
btn-back = « Назад
btn-cancel = ✖ Отмена
btn-main-menu = ☰ Главное меню
btn-language = 🌐 Язык / Тіл / Language
btn-link-key = 🔑 Подключить мой API-ключ AutoCall
btn-try-demo = 🧪 Попробовать демо-аккаунт
btn-open-private = Открыть личный чат с ботом
btn-topup = 💳 Пополнить баланс

## Commands (Telegram menu and /help)
cmd-start = начало работы
cmd-menu = главное меню
cmd-account = мои аккаунты, переключение
cmd-team = команда: приглашения и роли
cmd-lang = язык
cmd-help = что умеет бот
cmd-cancel = выйти из текущего мастера
cmd-logout = отключить аккаунт

## Onboarding
start-welcome =
    Здравствуйте, { $name }! Я бот <b>AutoCall.kz</b>: автообзвоны, SMS-рассылки и flash-звонки прямо из Telegram.

    Подключите API-ключ своего аккаунта AutoCall или попробуйте всё на демо-аккаунте — там ничего не списывается.
start-welcome-invite-only =
    Здравствуйте, { $name }! Я бот <b>AutoCall.kz</b>.

    Доступ к боту — по приглашению. Попросите владельца аккаунта прислать вам ссылку-приглашение.
start-back = С возвращением! Вы работаете в аккаунте { $labelHtml }.
start-group = Я работаю в этой группе по командам. Список команд — /help.
access-invite-only = Бот работает по приглашениям: подключать ключи могут только администраторы. Попросите владельца аккаунта прислать приглашение.
demo-off = Демо-аккаунт на этом боте выключен.
demo-ready = 🧪 Демо-аккаунт готов. Здесь всё работает как настоящее, но деньги не списываются и звонки не совершаются.

## Linking a key
link-ask-key =
    <b>Подключение аккаунта</b>

    Пришлите API-ключ: на портале autocall.kz он в разделе <b>Настройки → API</b>.
    Сообщение с ключом я сразу удалю из чата.
link-ask-new-key =
    <b>Новый ключ</b>

    AutoCall больше не принимает прежний ключ. Пришлите новый из раздела <b>Настройки → API</b> на портале autocall.kz — сообщение с ним я сразу удалю.
link-private-only = Ключи принимаю только в личном чате, чтобы их не видели участники группы.
link-need-text = Пришлите ключ текстом одним сообщением или нажмите «Отмена».
link-command-while-waiting = Сейчас я жду API-ключ. Пришлите его или нажмите «Отмена» (/cancel).
link-finish-first = Сначала пришлите ключ или нажмите «Отмена».
link-key-deleted = 🔒 Сообщение с ключом удалено из чата.
link-key-not-deleted = ⚠️ Не удалось удалить сообщение с ключом — удалите его сами.
link-key-shape = Это не похоже на API-ключ: ключ — одна строка из латинских букв, цифр и знаков, без пробелов. Скопируйте его целиком и пришлите ещё раз.
link-rejected = AutoCall не принял этот ключ. Проверьте его в разделе <b>Настройки → API</b> и пришлите ещё раз.
link-unavailable = AutoCall сейчас не отвечает, ключ проверить не удалось. Пришлите его ещё раз чуть позже.
link-forbidden = Заменить ключ может только владелец аккаунта.
link-done = ✅ Ключ проверен и сохранён в зашифрованном виде.

## Accounts
account-label = «{ $name }»
account-label-demo = «{ $name }» <b>[DEMO]</b>
account-card =
    Аккаунт { $labelHtml }
    Тариф: звонок { $callPrice }/сек, SMS { $smsPrice }
    Баланс: <b>{ $balance }</b>
account-list =
    <b>Ваши аккаунты</b>
    { $listHtml }
account-none = У вас пока нет подключённых аккаунтов.
account-btn-switch = Перейти в «{ $name }»
account-btn-relink = 🔑 Новый ключ для «{ $name }»
account-btn-all = Все аккаунты
logout-confirm-owner = Отключить аккаунт { $labelHtml }? Ключ будет удалён из бота, вся команда потеряет доступ к нему в боте. На портале AutoCall ничего не изменится.
logout-confirm-member = Выйти из команды аккаунта { $labelHtml }? Вернуться можно только по новому приглашению.
logout-btn-unlink = Отключить
logout-btn-leave = Выйти
logout-unlinked = Аккаунт «{ $account }» отключён, ключ удалён. Журнал действий хранится 90 дней: подключите тот же ключ снова, и он продолжится.
logout-left = Вы вышли из команды аккаунта «{ $account }».

## Access checks
guard-no-account = Сначала подключите аккаунт AutoCall: /start
guard-not-member = У вас нет роли в этом аккаунте. Попросите владельца прислать приглашение.
guard-needs-relink = AutoCall больше не принимает ключ аккаунта «{ $account }». Владелец может подключить новый: /account → «Новый ключ».
guard-forbidden = Это действие недоступно вашей роли ({ $role }). Нужна роль не ниже «{ $needed }».
stale-button = Эта кнопка устарела. Откройте раздел заново.

## Team
team-list =
    <b>Команда аккаунта «{ $account }»</b>
    Участников: { $count }. Нажмите на участника, чтобы изменить роль или удалить его.
team-btn-invite = ➕ Пригласить: { $role }
team-btn-make = Сделать: { $role }
team-btn-remove = 🗑 Удалить из команды
team-btn-remove-yes = Да, удалить
team-btn-share = Переслать приглашение
team-member =
    <b>{ $name }</b> (id { $id })
    Роль: { $role }
team-member-self =
    <b>{ $name }</b> (id { $id }) — это вы.
    Роль: { $role }
team-remove-confirm = Удалить { $name } ({ $role }) из команды? Доступ пропадёт сразу.
team-invite-created =
    Приглашение с ролью <b>{ $role }</b>:
    { $link }

    Ссылка одноразовая и действует { $hours } ч.
invite-card =
    { $inviter } приглашает вас в аккаунт <b>«{ $account }»</b> с ролью <b>{ $role }</b>.
invite-btn-accept = ✅ Принять
invite-btn-decline = Отклонить
invite-accepted = Готово! Вы в команде аккаунта «{ $account }» с ролью { $role }.
invite-declined = Приглашение отклонено.
invite-invalid = Это приглашение уже использовано или истекло. Попросите новое.
invite-already-member = Вы уже в команде аккаунта «{ $account }» с ролью { $role }.
invite-joined = { $name } принял(а) приглашение в аккаунт «{ $account }» с ролью { $role }.

## Menu, language, help
menu-title =
    <b>Главное меню</b>
    Аккаунт { $labelHtml }, ваша роль: { $role }
menu-no-account = <b>Главное меню</b>
menu-outdated = Меню обновлено.
menu-account = 👤 Аккаунты
menu-team = 👥 Команда
menu-language = 🌐 Язык
menu-help = ❓ Помощь
lang-choose = Выберите язык:
lang-set = Готово, говорю по-русски.
help =
    <b>Что я умею</b>
    { $commandsHtml }

    В любой момент /cancel выходит из мастера.
unknown-message = Не понял сообщение. Откройте /menu или посмотрите /help.
flood-slow-down = Слишком часто. Подождите пару секунд.

## Wizards
wizard-cancelled = Отменено.
wizard-nothing-to-cancel = Отменять нечего.
wizard-already-closed = Этот мастер уже закрыт.

wizard-step = <b>{ $title }</b> · шаг { $step }/{ $of }
wizard-expired = Мастер закрыт: им не пользовались больше суток. Начните заново, когда будет удобно.
wizard-access-lost = Мастер закрыт: у вас больше нет прав на это действие в этом аккаунте.
wizard-unexpected = Здесь я жду: { $expected }.
wizard-kind-text = текст
wizard-kind-choice = нажатие кнопки
wizard-kind-document = файл
wizard-kind-audio = голосовое сообщение или аудиофайл
wizard-kind-contact = контакт
wizard-reply-in-group = ↩️ В группе отвечайте ответом (reply) на это сообщение.

## AutoCall errors
err-unauthenticated = AutoCall больше не принимает ключ аккаунта «{ $account }». Владелец может подключить новый: /account → «Новый ключ».
err-insufficient-funds = Недостаточно средств на балансе. Пополните баланс и повторите.
err-insufficient-funds-balance = Недостаточно средств: на балансе { $balance }. Пополните баланс и повторите.
err-forbidden = AutoCall отказал: { $reason }
err-not-found = Не нашёл это в AutoCall — возможно, его уже удалили. Откройте список заново.
err-conflict = Конфликт: { $reason }
err-validation =
    AutoCall не принял данные:
    { $fieldsHtml }
err-rate-limited = AutoCall просит подождать: слишком много запросов. Повторите через минуту.
err-unavailable = AutoCall сейчас не отвечает. Попробуйте ещё раз через пару минут.
err-aborted = Запрос отменён.
err-internal = Что-то пошло не так. Мы уже записали ошибку; попробуйте ещё раз.
