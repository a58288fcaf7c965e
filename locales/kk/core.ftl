## Roles
role-owner = иесі
role-manager = менеджер
role-support = қолдау
role-viewer = бақылаушы

## Common buttons
btn-back = « Артқа
btn-cancel = ✖ Бас тарту
btn-main-menu = ☰ Басты мәзір
btn-language = 🌐 Язык / Тіл / Language
btn-link-key = 🔑 AutoCall API кілтімді қосу
btn-try-demo = 🧪 Демо-аккаунтты көру
btn-open-private = Ботпен жеке чатты ашу
btn-topup = 💳 Балансты толтыру

## Commands (Telegram menu and /help)
cmd-start = жұмысты бастау
cmd-menu = басты мәзір
cmd-account = аккаунттарым, ауысу
cmd-team = команда: шақырулар мен рөлдер
cmd-lang = тіл
cmd-help = бот не істей алады
cmd-cancel = ағымдағы шеберден шығу
cmd-logout = аккаунтты ажырату

## Onboarding
start-welcome =
    Сәлеметсіз бе, { $name }! Мен <b>AutoCall.kz</b> ботымын: автоқоңыраулар, SMS-таратулар және flash-қоңыраулар тікелей Telegram-да.

    AutoCall аккаунтыңыздың API кілтін қосыңыз немесе бәрін демо-аккаунтта көріңіз — онда ақша алынбайды.
start-welcome-invite-only =
    Сәлеметсіз бе, { $name }! Мен <b>AutoCall.kz</b> ботымын.

    Ботқа кіру шақыру арқылы. Аккаунт иесінен шақыру сілтемесін сұраңыз.
start-back = Қош келдіңіз! Сіз { $labelHtml } аккаунтында жұмыс істеп жатырсыз.
start-group = Бұл топта мен командалар арқылы жұмыс істеймін. Тізімі — /help.
access-invite-only = Бот шақыру арқылы жұмыс істейді: кілттерді тек әкімшілер қоса алады. Аккаунт иесінен шақыру сұраңыз.
demo-off = Бұл ботта демо-аккаунт өшірулі.
demo-ready = 🧪 Демо-аккаунт дайын. Мұнда бәрі шынайыдай жұмыс істейді, бірақ ақша алынбайды және қоңырау шалынбайды.

## Linking a key
link-ask-key =
    <b>Аккаунтты қосу</b>

    API кілтін жіберіңіз: autocall.kz порталында ол <b>Баптаулар → API</b> бөлімінде.
    Кілті бар хабарламаны бірден өшіремін.
link-ask-new-key =
    <b>Жаңа кілт</b>

    AutoCall бұрынғы кілтті енді қабылдамайды. autocall.kz порталындағы <b>Баптаулар → API</b> бөлімінен жаңасын жіберіңіз — хабарламаны бірден өшіремін.
link-private-only = Кілттерді топ мүшелері көрмеуі үшін тек жеке чатта қабылдаймын.
link-need-text = Кілтті бір хабарламамен мәтін түрінде жіберіңіз немесе «Бас тарту» басыңыз.
link-command-while-waiting = Қазір API кілтін күтіп тұрмын. Оны жіберіңіз немесе «Бас тарту» басыңыз (/cancel).
link-finish-first = Алдымен кілтті жіберіңіз немесе «Бас тарту» басыңыз.
link-key-deleted = 🔒 Кілті бар хабарлама чаттан өшірілді.
link-key-not-deleted = ⚠️ Кілті бар хабарламаны өшіру мүмкін болмады — оны өзіңіз өшіріңіз.
link-key-shape = Бұл API кілтіне ұқсамайды: кілт — бос орынсыз латын әріптері, сандар мен белгілерден тұратын бір жол. Оны толық көшіріп, қайта жіберіңіз.
link-rejected = AutoCall бұл кілтті қабылдамады. Оны <b>Баптаулар → API</b> бөлімінде тексеріп, қайта жіберіңіз.
link-unavailable = AutoCall қазір жауап бермей тұр, кілтті тексеру мүмкін болмады. Сәл кейінірек қайта жіберіңіз.
link-forbidden = Кілтті тек аккаунт иесі ауыстыра алады.
link-done = ✅ Кілт тексерілді және шифрланған түрде сақталды.

## Accounts
account-label = «{ $name }»
account-label-demo = «{ $name }» <b>[DEMO]</b>
account-card =
    Аккаунт { $labelHtml }
    Тариф: қоңырау { $callPrice }/сек, SMS { $smsPrice }
    Баланс: <b>{ $balance }</b>
account-list =
    <b>Сіздің аккаунттарыңыз</b>
    { $listHtml }
account-none = Әзірге қосылған аккаунттарыңыз жоқ.
account-btn-switch = «{ $name }» аккаунтына ауысу
account-btn-relink = 🔑 «{ $name }» үшін жаңа кілт
account-btn-all = Барлық аккаунттар
logout-confirm-owner = { $labelHtml } аккаунтын ажырату керек пе? Кілт боттан өшіріледі, бүкіл команда боттағы қолжетімділіктен айырылады. AutoCall порталында ештеңе өзгермейді.
logout-confirm-member = { $labelHtml } аккаунтының командасынан шығасыз ба? Қайта оралу тек жаңа шақыру арқылы мүмкін.
logout-btn-unlink = Ажырату
logout-btn-leave = Шығу
logout-unlinked = «{ $account }» аккаунты ажыратылды, кілт өшірілді. Әрекеттер журналы 90 күн сақталады: сол кілтті қайта қоссаңыз, журнал жалғасады.
logout-left = Сіз «{ $account }» аккаунтының командасынан шықтыңыз.

## Access checks
guard-no-account = Алдымен AutoCall аккаунтын қосыңыз: /start
guard-not-member = Бұл аккаунтта сізде рөл жоқ. Аккаунт иесінен шақыру сұраңыз.
guard-needs-relink = AutoCall «{ $account }» аккаунтының кілтін енді қабылдамайды. Аккаунт иесі жаңасын қоса алады: /account → «Жаңа кілт».
guard-forbidden = Бұл әрекет сіздің рөліңізге ({ $role }) қолжетімсіз. Кемінде «{ $needed }» рөлі қажет.
stale-button = Бұл түйме ескірген. Бөлімді қайта ашыңыз.

## Team
team-list =
    <b>«{ $account }» аккаунтының командасы</b>
    Қатысушылар: { $count }. Рөлін өзгерту немесе өшіру үшін қатысушыны басыңыз.
team-btn-invite = ➕ Шақыру: { $role }
team-btn-make = Рөлі: { $role }
team-btn-remove = 🗑 Командадан шығару
team-btn-remove-yes = Иә, шығару
team-btn-share = Шақыруды жіберу
team-member =
    <b>{ $name }</b> (id { $id })
    Рөлі: { $role }
team-member-self =
    <b>{ $name }</b> (id { $id }) — бұл сізсіз.
    Рөлі: { $role }
team-remove-confirm = { $name } ({ $role }) командадан шығарылсын ба? Қолжетімділік бірден жабылады.
team-invite-created =
    <b>{ $role }</b> рөліне шақыру:
    { $link }

    Сілтеме бір рет қолданылады және { $hours } сағат жарамды.
invite-card =
    { $inviter } сізді <b>«{ $account }»</b> аккаунтына <b>{ $role }</b> рөлімен шақырады.
invite-btn-accept = ✅ Қабылдау
invite-btn-decline = Бас тарту
invite-accepted = Дайын! Сіз «{ $account }» аккаунтының командасындасыз, рөліңіз: { $role }.
invite-declined = Шақырудан бас тартылды.
invite-invalid = Бұл шақыру қолданылған немесе мерзімі өткен. Жаңасын сұраңыз.
invite-already-member = Сіз «{ $account }» аккаунтының командасындасыз, рөліңіз: { $role }.
invite-joined = { $name } «{ $account }» аккаунтына шақыруды қабылдады, рөлі: { $role }.

## Menu, language, help
menu-title =
    <b>Басты мәзір</b>
    Аккаунт { $labelHtml }, рөліңіз: { $role }
menu-no-account = <b>Басты мәзір</b>
menu-outdated = Мәзір жаңартылды.
menu-account = 👤 Аккаунттар
menu-team = 👥 Команда
menu-language = 🌐 Тіл
menu-help = ❓ Көмек
lang-choose = Тілді таңдаңыз:
lang-set = Дайын, енді қазақша сөйлеймін.
help =
    <b>Мен не істей аламын</b>
    { $commandsHtml }

    /cancel кез келген уақытта шеберден шығарады.
unknown-message = Хабарламаны түсінбедім. /menu ашыңыз немесе /help қараңыз.
flood-slow-down = Тым жиі. Бірнеше секунд күтіңіз.

## Wizards
wizard-cancelled = Болдырылмады.
wizard-nothing-to-cancel = Болдырмайтын ештеңе жоқ.
wizard-already-closed = Бұл шебер жабылған.

wizard-step = <b>{ $title }</b> · { $step }/{ $of } қадам
wizard-expired = Шебер жабылды: оны бір тәуліктен астам қолданбадыңыз. Ыңғайлы кезде қайта бастаңыз.
wizard-access-lost = Шебер жабылды: бұл аккаунтта сізде енді бұл әрекетке құқық жоқ.
wizard-unexpected = Мұнда мен күтемін: { $expected }.
wizard-kind-text = мәтін
wizard-kind-choice = түймені басу
wizard-kind-document = файл
wizard-kind-audio = дауыстық хабарлама немесе аудиофайл
wizard-kind-contact = контакт
wizard-reply-in-group = ↩️ Топта осы хабарламаға жауап (reply) ретінде жазыңыз.

## AutoCall errors
err-unauthenticated = AutoCall «{ $account }» аккаунтының кілтін енді қабылдамайды. Аккаунт иесі жаңасын қоса алады: /account → «Жаңа кілт».
err-insufficient-funds = Балансте қаражат жеткіліксіз. Балансты толтырып, қайталаңыз.
err-insufficient-funds-balance = Қаражат жеткіліксіз: балансте { $balance }. Балансты толтырып, қайталаңыз.
err-forbidden = AutoCall бас тартты: { $reason }
err-not-found = Бұл AutoCall-да табылмады — мүмкін, ол өшірілген. Тізімді қайта ашыңыз.
err-conflict = Қайшылық: { $reason }
err-validation =
    AutoCall деректерді қабылдамады:
    { $fieldsHtml }
err-rate-limited = AutoCall күте тұруды сұрайды: сұраулар тым көп. Бір минуттан кейін қайталаңыз.
err-unavailable = AutoCall қазір жауап бермей тұр. Бірнеше минуттан кейін қайталап көріңіз.
err-aborted = Сұрау тоқтатылды.
err-internal = Бірдеңе дұрыс болмады. Қате тіркелді; қайталап көріңіз.
