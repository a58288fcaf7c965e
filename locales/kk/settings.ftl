## Баптаулар: /settings
cmd-settings = аккаунт баптаулары, визитка, расталған нөмірлер
menu-settings = ⚙️ Баптаулар

settings-on = қосулы
settings-off = өшірулі
settings-not-set = берілмеген
settings-saved = ✅ Сақталды.

settings-card =
    { $noticeHtml }⚙️ <b>«{ $name }» баптаулары</b>
    Телефон: { $phone }
    Қоңыраулар мен SMS рұқсат етілген уақыт: { $from }–{ $to } (Алматы уақыты)
    Кері қоңыраулар қоңыраудан кейін { $recalled } сағат ескеріледі

    <b>Бағалар</b>: қоңырау { $callPrice }/с, өз АТС { $sipPrice }/с, SMS { $smsPrice }, синтез { $synthesisPrice }, тану { $speechPrice }, жазба { $recordingPrice }

    <b>Статистика</b>
    { $statisticsHtml }

    <b>Жазылымдар</b>: жаңалықтар қоңыраумен — { $subscribe }; хабарламалардың SMS көшірмесі — { $notifications }
    <b>Визитка</b>: аудио — { $audio }; мәтін — { $visitText }
settings-statistics =
    Қоңыраулар: { $calls }, барлығы { $duration }
    Қоңырау науқандары: { $autocalls }; SMS таратулар: { $bulks } ({ $sms } SMS)
    Тізімдер: { $lists }, ішіндегі контактілер: { $contacts }
    Расталған нөмірлер: { $confirmed }; спам туралы шағымдар: { $spam }
settings-btn-rename = ✏️ Атын өзгерту
settings-btn-subscribe = 🔔 Жаңалықтар қоңыраумен: { $state }
settings-btn-notifications = 📨 Хабарламалар SMS-пен: { $state }
settings-btn-visit-card = 🪪 Визитка
settings-btn-numbers = 📱 Расталған нөмірлер
settings-btn-caller-ids = 📞 Қоңырау шалатын нөмірлер
settings-btn-refresh = 🔄 Жаңарту
settings-btn-back = « Баптаулар

settings-name-title = Аккаунт аты
settings-name-ask =
    Қазір: <b>{ $current }</b>
    Жаңа атын жіберіңіз: { $min }–{ $max } таңба.
settings-name-length = Аты { $min }–{ $max } таңба болуы керек, ал мұнда { $length }.

settings-vc =
    { $noticeHtml }🪪 <b>Визитка</b>
    Қоңыраудан кейін AutoCall адамға визиткаңызды жібере алады: аудиожазба немесе бір SMS.
    Аудио: { $audio }
    Мәтін: { $visitText }
settings-vc-audio-sound = { $state } «{ $name }» (№{ $id }, { $duration })
settings-vc-audio-gone = №{ $id } жазба, ол енді жоқ
settings-btn-vc-audio = 🎵 Аудионы таңдау
settings-btn-vc-text = ✏️ Мәтінді беру
settings-btn-vc-remove-audio = 🗑 Аудионы алып тастау
settings-btn-vc-remove-text = 🗑 Мәтінді алып тастау
settings-btn-vc-remove-yes = 🗑 Иә, алып тастау
settings-vc-pick =
    🎵 <b>Аудиовизитка</b> ({ $count } жазба, { $pages } беттің { $page }-беті)
    ✅ мақұлданған · ⏳ модерацияда · ❌ қабылданбаған. Тек мақұлданған жазбалар жіберіледі.
settings-vc-no-sounds = Әзірге аудиожазба жоқ. /newsound арқылы жазба қосып, осында оралыңыз.
settings-vc-remove-audio-confirm = Аудиовизитканы алып тастайсыз ба? Қоңыраудан кейін адамдар жазбаны енді алмайды.
settings-vc-remove-text-confirm = Мәтіндік визитканы алып тастайсыз ба? Қоңыраудан кейін адамдар SMS-ті енді алмайды.
settings-vc-removed = ✅ Алып тасталды.
settings-vc-text-title = Визитка мәтіні
settings-vc-text-ask =
    Қазір: { $current }
    SMS мәтінін жіберіңіз. Ол бір SMS-ке сыюы керек: { $max } латын таңбасы, ал бір кирилл немесе қазақ әрпі болса — 70.
settings-vc-text-empty = Мәтін бос. SMS сөздерін жіберіңіз.
settings-vc-text-long-latin = Мұнда { $units } таңба — бұл { $segments } SMS. Бір SMS-ке { $limit } таңба сияды. Мәтінді қысқартыңыз.
settings-vc-text-long-cyrillic = Мұнда кириллицасы бар { $units } таңба — бұл { $segments } SMS. Мұндай SMS-ке тек { $limit } таңба сияды. Мәтінді қысқартыңыз.
settings-vc-text-lookalikes =
    Мұнда { $units } таңба — бұл { $segments } SMS: бірнеше белгі (тырнақшалар, сызықшалар, ұқсас әріптер) SMS-ті 70 таңбалық кодтауға ауыстырады. Мына нұсқа бір SMS-ке сияды — дұрыс оқылса, соны жіберіңіз:
    <code>{ $suggestion }</code>

settings-numbers =
    📱 <b>Расталған нөмірлер</b> ({ $count }, { $pages } беттің { $page }-беті)
    { $numbersHtml }
settings-numbers-none = Әзірге расталған нөмір жоқ.
settings-number-verified = ✅ { $phone } — { $since } расталған
settings-number-pending = ⏳ { $phone } — кодты күтуде; қосылғаннан кейін 10 минуттан соң жойылады
settings-btn-add-number = ➕ Нөмір қосу және растау
