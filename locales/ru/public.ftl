## Открытая часть: /tariffs, /testcall (аккаунт не нужен)
cmd-tariffs = тарифы и цены AutoCall
cmd-testcall = бесплатный тестовый звонок на ваш номер
menu-tariffs = 🏷 Тарифы

tariffs-card =
    🏷 <b>Тарифы AutoCall</b>
    Цены в { $currency } за единицу. Тариф зависит от баланса: чем больше на балансе, тем дешевле каждая единица.
    { $tableHtml }
    <i>{ $note }</i>
tariffs-none = AutoCall сейчас не отдаёт тарифы. Попробуйте позже.
tariffs-row-threshold = от баланса
tariffs-row-call = звонок, 1 с
tariffs-row-sms = SMS
tariffs-row-synthesis = синтез
tariffs-row-speech = распознав.
tariffs-row-recording = запись
tariffs-btn-test-call = 📞 Бесплатный тестовый звонок

testcall-ask =
    📞 <b>Тестовый звонок</b>
    Пришлите казахстанский мобильный номер, например <code>+7 701 123 45 67</code>. AutoCall позвонит на него в течение пары минут.
testcall-ask-again = Пришлите номер телефона текстом или нажмите «Отмена».
testcall-finish-first = Сначала пришлите номер или нажмите «Отмена».
testcall-private-only = Тестовый звонок заказывается в личном чате с ботом.
testcall-usage = Отправьте /testcall и номер, например <code>/testcall +7 701 123 45 67</code>.
testcall-phone-invalid = «{ $input }» — не казахстанский номер телефона. Пример: +7 701 123 45 67.
testcall-phone-code = Тестовые звонки идут только на казахстанские номера; код { $code } к ним не относится. Допустимые коды: { $codes }.
testcall-called = ✅ Тестовый звонок на { $number } отправлен: ждите его в течение 1–2 минут.
testcall-unavailable =
    Сейчас AutoCall не может сделать тестовый звонок. Тестовые звонки работают с 09:00 до 21:30 по Алматы.
    Ответ AutoCall: { $reason }
testcall-too-many =
    Слишком много тестовых звонков: на один номер — один звонок в сутки, и не больше двух заказов в минуту. Попробуйте другой номер или вернитесь позже.
    Ответ AutoCall: { $reason }
testcall-refused =
    AutoCall отказался звонить на этот номер (он заблокирован).
    Ответ AutoCall: { $reason }
testcall-person-limit = Сегодня вы уже заказали столько тестовых звонков, сколько можно за день ({ $count }). Возвращайтесь завтра.
