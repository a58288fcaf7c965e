## Flash-қоңыраулар: /flash
cmd-flash = клиент нөміріне кодпен flash-қоңырау
menu-flash = ⚡ Flash-қоңырау
flash-ask-number = Flash-қоңырауды қай нөмірге жіберу керек? Кез келген форматта: <code>+7 701 123 45 67</code>, <code>87011234567</code>… (/cancel — бас тарту)
flash-ask-digits = { $number } нөміріне арналған кодта неше цифр болсын? { $min } мен { $max } арасындағы санды жіберіңіз.
flash-ask-code = { $number } қандай кодты көреді? { $min }–{ $max } цифр.
flash-bad-digits = «{ $typed }» — код ұзындығы емес: { $min } мен { $max } арасындағы санды жіберіңіз.
flash-bad-code = «{ $typed }» — код емес: { $min }–{ $max } цифр керек.
flash-sent =
    ⚡ Flash-қоңырау <b>{ $number }</b> нөміріне жіберілді
    <pre>{ $code }</pre>
    Клиент соңы осы { $digits } цифрмен аяқталатын нөмірден өткізіп алған қоңырауды көреді.
    Жіберген: { $name } ({ $role }). Бұл нөмірге 5 минутта қалған қоңыраулар: { $left } / { $limit }.
flash-btn-again = 🔁 Қайта жіберу
flash-btn-own = ✏️ Өз кодыммен жіберу
flash-btn-auto = 🎲 Автокодпен жіберу
flash-btn-relink = 🔑 Жаңа кілт қосу
flash-already-sent = Бұл flash-қоңырау жіберіліп қойған.
flash-wait = Соңғы 5 минутта { $number } нөміріне { $limit } flash-қоңырау жіберілді — AutoCall бұдан артығына рұқсат бермейді. Қайталап көру үшін күтіңіз: { $wait }.
flash-server-wait = AutoCall { $number } нөміріне 5 минутта { $limit } flash-қоңыраудан артық жіберуге рұқсат бермейді. Қайталап көру үшін күтіңіз: { $wait }.
flash-no-money = Flash-қоңырауға баланста ақша жетпейді. Балансты толтырып, қайта жіберіңіз.
flash-no-money-ask-manager = Flash-қоңырауға баланста ақша жетпейді. Менеджерден немесе аккаунт иесінен балансты толтыруды сұраңыз.
flash-own-code-unavailable = Қазір AutoCall-да соңы { $code } болатын нөмір жоқ, сондықтан { $number } мұндай кодты ала алмайды. Автокод әрқашан жұмыс істейді.
flash-key-refused = AutoCall «{ $account }» аккаунтының кілтін енді қабылдамайды, қоңырау жіберілмеді. Аккаунт иесіне хабарланды, ол жаңа кілт қоса алады.
flash-key-refused-owner = AutoCall «{ $account }» аккаунтының кілтін енді қабылдамайды, қоңырау жіберілмеді. autocall.kz сайтындағы Баптаулар → API бөлімінен жаңа кілт қосыңыз.
flash-key-refused-notice = ⚠️ { $name } flash-қоңырау жібере алмады: AutoCall «{ $account }» аккаунтының кілтін енді қабылдамайды. autocall.kz сайтындағы Баптаулар → API бөлімінен жаңа кілт қосыңыз.
flash-history =
    <b>⚡ Соңғы flash-қоңыраулар: { $count }</b>
    { $listHtml }
flash-history-empty = Бұл аккаунттан әлі flash-қоңырау жіберілмеген.
flash-failed-money = ақша жетпеді
flash-failed-refused = AutoCall қабылдамады
flash-failed-limit = нөмірге қоңырау тым көп
flash-failed-key = кілт қабылданбады
flash-failed-other = жіберілмеді
flash-settings =
    <b>⚡ «{ $account }» аккаунтының flash-қоңыраулары</b>
    Автокодта <b>{ $digits }</b> цифр бар. Басқа ұзындықты таңдаңыз ({ $min }–{ $max }):

## Телефон нөмірлері
phone-problem-empty = Телефон нөмірін жіберіңіз.
phone-problem-characters = «{ $char }» таңбасы телефон нөмірінде болмайды.
phone-problem-excel = Нөмір Excel-дің экспоненциалдық форматында (7,70E+10): цифрлары жоғалған. Оны толық теріңіз.
phone-problem-length = Қазақстандық нөмірде +7-ден кейін 10 цифр болады, ал мұнда барлығы { $digits } цифр.
phone-problem-russian = Бұл ресейлік нөмір, тек қазақстандық нөмірлерге қоңырау шалуға болады.
phone-problem-foreign = Бұл қазақстандық нөмір емес.
phone-problem-code = { $code } кодымен басталатын нөмірлерге мұндай қоңырау жіберілмейді. Жарамды кодтар: { $codes }.
