## Flash-звонки: /flash
cmd-flash = flash-звонок с кодом на номер клиента
menu-flash = ⚡ Flash-звонок
flash-ask-number = На какой номер отправить flash-звонок? В любом формате: <code>+7 701 123 45 67</code>, <code>87011234567</code>… (/cancel — отменить)
flash-ask-digits = Сколько цифр в коде для { $number }? Отправьте число от { $min } до { $max }.
flash-ask-code = Какой код увидит { $number }? От { $min } до { $max } цифр.
flash-bad-digits = «{ $typed }» — не длина кода: отправьте число от { $min } до { $max }.
flash-bad-code = «{ $typed }» — не код: нужно от { $min } до { $max } цифр.
flash-sent =
    ⚡ Flash-звонок отправлен на <b>{ $number }</b>
    <pre>{ $code }</pre>
    Клиент увидит пропущенный звонок с номера, который оканчивается на эти { $digits } цифры.
    Отправил(а): { $name } ({ $role }). Осталось звонков на этот номер: { $left } из { $limit } за 5 минут.
flash-btn-again = 🔁 Отправить ещё раз
flash-btn-own = ✏️ Отправить со своим кодом
flash-btn-auto = 🎲 Отправить с автокодом
flash-btn-relink = 🔑 Привязать новый ключ
flash-already-sent = Этот flash-звонок уже отправлен.
flash-wait = На { $number } уже было { $limit } flash-звонка за последние 5 минут — больше AutoCall не разрешает. Попробуйте через { $wait }.
flash-server-wait = AutoCall разрешает не больше { $limit } flash-звонков на { $number } за 5 минут. Попробуйте через { $wait }.
flash-no-money = На балансе не хватает денег на flash-звонок. Пополните баланс и отправьте снова.
flash-no-money-ask-manager = На балансе не хватает денег на flash-звонок. Попросите менеджера или владельца пополнить баланс.
flash-own-code-unavailable = Сейчас у AutoCall нет номера, который оканчивается на { $code }, поэтому { $number } не получит такой код. Автокод срабатывает всегда.
flash-key-refused = AutoCall больше не принимает ключ аккаунта «{ $account }», звонок не отправлен. Владелец уже знает и может привязать новый ключ.
flash-key-refused-owner = AutoCall больше не принимает ключ аккаунта «{ $account }», звонок не отправлен. Привяжите новый ключ из раздела Настройки → API на autocall.kz.
flash-key-refused-notice = ⚠️ { $name } не смог(ла) отправить flash-звонок: AutoCall больше не принимает ключ аккаунта «{ $account }». Привяжите новый ключ из раздела Настройки → API на autocall.kz.
flash-history =
    <b>⚡ Последние flash-звонки: { $count }</b>
    { $listHtml }
flash-history-empty = С этого аккаунта ещё не отправляли flash-звонков.
flash-failed-money = не хватило денег
flash-failed-refused = AutoCall отказал
flash-failed-limit = слишком много звонков на номер
flash-failed-key = ключ не принят
flash-failed-other = не отправлен
flash-settings =
    <b>⚡ Flash-звонки аккаунта «{ $account }»</b>
    В автокоде <b>{ $digits }</b> цифры. Выберите другую длину ({ $min }–{ $max }):

## Номера телефонов, как их вводят
phone-problem-empty = Отправьте номер телефона.
phone-problem-characters = Символу «{ $char }» не место в номере телефона.
phone-problem-excel = Номер в экспоненциальном формате Excel (7,70E+10): цифры потеряны. Наберите его полностью.
phone-problem-length = В казахстанском номере 10 цифр после +7, а здесь всего { $digits }.
phone-problem-russian = Это российский номер, звонить можно только на казахстанские.
phone-problem-foreign = Это не казахстанский номер.
phone-problem-code = На номера с кодом { $code } такой звонок не отправить. Подходят коды: { $codes }.
