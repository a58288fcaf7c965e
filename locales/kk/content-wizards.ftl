## Content wizards: a new contact list, more numbers for a list, a new sound

cmd-newlist = жаңа контакт тізімі
cmd-newsound = жаңа аудиожазба: сөйлеу синтезі немесе өз файлыңыз
menu-newlist = 📋 Жаңа тізім
menu-newsound = 🎙 Жаңа аудиожазба

## New list: name and numbers
newlist-title = Жаңа тізім
newlist-append-title = Нөмір қосу
newlist-ask-name = Тізімді қалай атаймыз? 40 таңбаға дейінгі атау жазыңыз, мысалы <i>Наурыз клиенттері</i>.
newlist-ask-name-again = Қазір тізімнің атауы — <b>{ $name }</b>. Осы атауды қалдыру үшін батырманы басыңыз немесе жаңасын жазыңыз (40 таңбаға дейін).
newlist-name-empty = Атау бос болмауы керек.
newlist-name-too_long = Атауда { $length } таңба бар, ал ең көбі { $max } болуы керек.
newlist-ask-numbers =
    Нөмірлерді кез келген тәсілмен, аралас жіберуге болады:
    • мәтінмен: бір хабарламада бір немесе бірнеше нөмір, кез келген түрде (<code>+7 701 123 45 67</code>, <code>8 (701) 123-45-67</code>, <code>7011234567</code>); нөмірден кейін жазба қалдыруға болады — аты-жөні, келісімшарт;
    • { $limit } МБ-қа дейінгі CSV, TSV немесе XLSX файлымен — нөмірлер бағанын өзім табамын, қалған бағандар SMS айнымалыларына айналады;
    • Telegram контактілерімен.
    Бәрін жіберіп болған соң, «Дайын» батырмасын басыңыз.
newlist-ask-more = Тағы нөмір жіберіңіз — мәтінмен, файлмен немесе контактімен — немесе «Дайын» батырмасын басыңыз.
newlist-added = 📥 { $sourceHtml }: қосылды { $valid }, қайталанған { $duplicates }, қатесі бар { $invalid }.
newlist-totals = Барлығы: ✅ нөмір { $valid } · ♻️ қайталанған { $duplicates } · ⚠️ қатесі бар { $invalid }
newlist-file-csv = CSV, кодталуы { $encoding }, бөлгіш «{ $delimiter }»
newlist-file-xlsx = Excel (XLSX), бірінші парақ
newlist-file-header = тақырып жолы бар
newlist-file-no-header = тақырып жолы жоқ
newlist-file-lines = әр жолда бір контакт
newlist-file-phone = нөмірлер «{ $column }» бағанынан
newlist-file-note = жазба «{ $column }» бағанынан
newlist-file-variables = SMS айнымалылары: { $variables }
newlist-btn-done = ✅ Дайын
newlist-btn-clear = 🗑 Басынан бастау
newlist-reading = 📄 «{ $file }» файлын оқып жатырмын…
newlist-read = 📄 «{ $file }» файлы оқылды.
newlist-not-read = 📄 «{ $file }» файлы қабылданбады.
newlist-nothing-yet = Әзірге бірде-бір жарамды нөмір жоқ — нөмірлерді мәтінмен, файлмен немесе контактімен жіберіңіз.
newlist-file-too-large = Файл { $limit } МБ-тан үлкен: Telegram мұндай файлдарды боттарға жүктеп алуға рұқсат бермейді. Оны бөліктерге бөліңіз немесе артық бағандарды өшіріңіз.
newlist-file-xls = Бұл ескі Excel файлы (XLS). Оны XLSX немесе CSV ретінде сақтап («Файл → Басқаша сақтау»), қайта жіберіңіз.
newlist-file-ods = Бұл OpenDocument кестесі (ODS). Оны XLSX немесе CSV ретінде сақтап, қайта жіберіңіз.
newlist-file-binary = Бұл кесте емес — суретке, PDF-ке немесе архивке ұқсайды. CSV, TSV немесе XLSX файлын жіберіңіз.
newlist-file-no-phone-column = Файлдың бірде-бір бағанында (барлығы { $columns }) телефон нөмірі жоқ. Нөмірлер формуламен емес, цифрмен жазылғанын тексеріңіз.
newlist-input-empty = Файл бос.
newlist-input-unreadable = Файл бүлінген, оны оқу мүмкін болмады. Файлды қайта сақтап, тағы жіберіңіз.
newlist-input-unavailable = Файлды Telegram-нан жүктеп алу мүмкін болмады. Оны тағы бір рет жіберіңіз.
newlist-input-expired = Жиналған нөмірлер сақталмады — оларды қайта жіберіңізші.
newlist-input-no_numbers = Бұл хабарламада бірде-бір нөмір жоқ. Нөмірлерді жіберіңіз, мысалы <code>+7 701 123 45 67</code>, немесе «Дайын» батырмасын басыңыз.

## New list: why numbers are refused
newlist-source-file = «{ $file }» файлы
newlist-source-text = { $number }-хабарлама
newlist-source-contact = контакт
newlist-reason-empty = бос
newlist-reason-no_phone = нөмір жоқ
newlist-reason-excel_scientific = Excel нөмірді 7,7E+10 түрінде жазып, цифрлары жоғалған — бағанды мәтіндік пішімге ауыстырыңыз
newlist-reason-invalid_characters = артық таңба «{ $char }»
newlist-reason-bad_length = { $digits } цифр, ал +7-ден кейін дәл 10 цифр болуы керек
newlist-reason-russian = Ресей нөмірі, ал AutoCall тізімдері тек Қазақстан нөмірлерін қабылдайды
newlist-reason-foreign = басқа елдің нөмірі, ал AutoCall тізімдері тек Қазақстан нөмірлерін қабылдайды
newlist-reason-code = AutoCall тізімдері { $code } кодын қабылдамайды
newlist-group = • { $count } — { $reasonHtml }
newlist-group-code = • { $count } — { $reasonHtml } (қабылданатын кодтар: { $codes })
newlist-refusal = { $line }-жол, { $sourceHtml }: <code>{ $text }</code> — { $reasonHtml }
newlist-csv-source = Қайдан
newlist-csv-line = Жол
newlist-csv-text = Не жазылған
newlist-csv-reason = Неге қабылданбады
newlist-refusals-file = Қабылданбаған барлық нөмірлер ({ $count }): оларды түзетіп, файлды шеберге қайта жіберіңіз.

## New list: review and upload
newlist-review-new = Жаңа тізім <b>{ $name }</b>
newlist-review-append = <b>{ $name }</b> тізіміне нөмір қосамыз
newlist-review-valid = ✅ Жүктелетін нөмірлер: { $count }
newlist-review-duplicates = ♻️ Алынып тасталған қайталаулар: { $count }
newlist-review-truncated = ✂️ 255 таңбаға дейін қысқартылған жазбалар мен мәндер: { $count }
newlist-review-invalid = ⚠️ Қабылданбады: { $count }
newlist-review-first = Алғашқы { $count }:
newlist-review-all-in-file = Қабылданбаған барлық нөмірлер «{ $file }» файлында.
newlist-btn-create = 📤 Тізім жасау ({ $count })
newlist-btn-append = 📤 Нөмірлерді қосу ({ $count })
newlist-starting = 📤 «{ $name }» тізімін жүктеп жатырмын…
newlist-uploading =
    📤 «{ $name }» тізімін жүктеп жатырмын
    { $bar } { $done } / { $total }
newlist-stop-expired = Жиналған нөмірлер сақталмады — оларды қайта жіберіңіз.
newlist-stop-busy = Бұл тізім қазір жүктеліп жатыр. Бір минут күтіп, батырманы қайта басыңыз.
newlist-stop-list_gone = Бұл тізім AutoCall-да енді жоқ — оны өшіріп тастаған сияқты.
newlist-half = <b>{ $name }</b> тізімі (ID { $id }) толық жүктелмеді: онда { $total } нөмірдің { $held } ғана бар. «Жалғастыру» батырмасын басыңыз — қалғанын ештеңені қайталамай жүктеймін.
newlist-half-unknown = <b>{ $name }</b> тізімі (ID { $id }) толық жүктелмеді ({ $total } нөмір болуы керек), ал AutoCall қазір жауап бермей тұр. Ол қайта істей бастағанда «Жалғастыру» батырмасын басыңыз — қалғанын ештеңені қайталамай жүктеймін.
newlist-btn-resume = ▶️ Жүктеуді жалғастыру
newlist-created =
    ✅ <b>{ $name }</b> тізімі жасалды
    ID { $id } · нөмірлер: { $count }
newlist-appended =
    ✅ <b>{ $name }</b> тізіміне қосылған нөмірлер: { $added }
    ID { $id } · енді нөмірлер: { $count }
newlist-btn-call = 📞 Осы тізімге қоңырау шалу
newlist-btn-sms = ✉️ Осы тізімге SMS жіберу

## New sound
newsound-title = Жаңа аудиожазба
newsound-ask-source =
    Дыбыстау керек мәтінді жіберіңіз ({ $max } таңбаға дейін) — мен сөйлеуді синтездеймін.
    Немесе дауыстық хабарлама не MP3, WAV немесе OGG аудиофайлын жіберіңіз ({ $limit } МБ-қа дейін) — оны сол күйінде жүктеймін.
newsound-ask-source-text =
    Мәтін ({ $max } таңбаның { $count }):
    <blockquote>{ $text }</blockquote>
    Оны қалдыру үшін батырманы басыңыз немесе жаңа мәтін, дауыстық хабарлама не аудиофайл жіберіңіз.
newsound-ask-source-audio = Жүктелетін файл: { $file }. Оны қалдыру үшін батырманы басыңыз немесе басқа файл не синтезге мәтін жіберіңіз.
newsound-voice-note = дауыстық хабарлама
newsound-btn-keep-text = ✓ Осы мәтінді қалдыру
newsound-btn-keep-audio = ✓ Осы файлды қалдыру
newsound-text-empty = Мәтін бос — дауыс не айтуы керек екенін жазыңыз.
newsound-text-too_long = Мәтінде { $length } таңба бар, ал ең көбі { $max } болуы керек: оны { $over } таңбаға қысқартыңыз.
newsound-receiving = 🎧 Файлды қабылдап жатырмын…
newsound-audio-too-big = Файл { $limit } МБ-тан үлкен: Telegram мұндай файлдарды боттарға жүктеп алуға рұқсат бермейді. Жазбаны сығыңыз немесе қысқартыңыз.
newsound-audio-unavailable = Файлды Telegram-нан жүктеп алу мүмкін болмады. Оны тағы бір рет жіберіңіз.
newsound-audio-unknown = Бұл аудиофайл емес. AutoCall MP3, WAV және OGG қабылдайды — осы пішімдердің бірінде файл немесе дауыстық хабарлама жіберіңіз.
newsound-audio-format = Бұл { $format } файлы, ал AutoCall тек MP3, WAV және OGG қабылдайды. Жазбаны осы пішімдердің бірінде сақтаңыз немесе дауыстық хабарлама жіберіңіз.
newsound-ask-voice = Мәтін: { $count } таңба. Дауысты таңдаңыз:
newsound-voice-label = { $name } · { $gender } · { $engine }
newsound-gender-female = әйел
newsound-gender-male = ер
newsound-speed-ask = Сөйлеу жылдамдығы: таңдаңыз немесе 0,25-тен 4-ке дейінгі сан жазыңыз (1 — қалыпты). Қазір: { $current }.
newsound-speed-not_a_number = Жылдамдықты түсінбедім. Сан жазыңыз, мысалы <code>1,25</code>.
newsound-speed-out_of_range = Жылдамдық { $min } мен { $max } аралығында болуы керек.
newsound-pitch-ask = Дауыс биіктігі: таңдаңыз немесе −20-дан +20-ға дейінгі сан жазыңыз (0 — өзгеріссіз). Қазір: { $current }.
newsound-pitch-not_a_number = Биіктікті түсінбедім. Сан жазыңыз, мысалы <code>-5</code> немесе <code>3</code>.
newsound-pitch-out_of_range = Биіктік { $min } мен { $max } аралығында болуы керек.
newsound-ask-name = Аудиожазбаны қалай атаймыз? «{ $name }» атауын алу үшін батырманы басыңыз немесе өз атауыңызды жазыңыз (40 таңбаға дейін).
newsound-voice-name = Дауыстық { $at }
newsound-name-empty = Атау бос болмауы керек.
newsound-name-too_long = Атауда { $length } таңба бар, ал ең көбі { $max } болуы керек.
newsound-summary =
    Тексеріп, синтезді іске қосыңыз:
    <blockquote>{ $text }</blockquote>
    Таңба саны: { $count }
    Дауыс: { $voice }
    Жылдамдық: { $speed } · биіктік: { $pitch }
    Атауы: <b>{ $name }</b>
newsound-estimate = Ұзақтығы: шамамен { $seconds } с сөйлеу
newsound-cost = 💰 Шамамен <b>{ $cost }</b>: AutoCall синтезден кейін нақты ұзақтығы бойынша тарифіңізге сай сөйлеудің әр секундына { $price } алады.
newsound-cost-unknown = 💰 Синтезден кейін AutoCall тарифі бойынша сөйлеудің әр секундына алынады: тариф бағасын қазір білу мүмкін болмады.
newsound-balance = Баланс: { $balance }
newsound-short = ⚠️ Баланс жетпеуі мүмкін: оны кемінде { $missing } толтырыңыз.
newsound-btn-synthesize = 🎙 Синтездеу
newsound-synthesizing = 🎙 «{ $name }» синтездеп жатырмын…
newsound-uploading = 📤 «{ $name }» жүктеп жатырмын…
newsound-done = ✅ «{ $name }» аудиожазбасы дайын — оны төменде тыңдаңыз.
newsound-no-funds = Синтезге балансқа ақша жетпейді. Балансты толтырып, қайта көріңіз.
newsound-no-funds-balance = Синтезге балансқа ақша жетпейді (қазір { $balance }). Балансты толтырып, қайта көріңіз.
newsound-audio-gone = Жіберілген файл сақталмады — оны тағы бір рет жіберіңізші.
newsound-busy = Бұл аудиожазба қазір жасалып жатыр. Бір минут күтіп, батырманы қайта басыңыз.
newsound-card =
    🎧 <b>{ $name }</b> (ID { $id })
    Ұзақтығы: { $duration }
    { $stateHtml }
newsound-state-confirmed = ✅ Модераторлар мақұлдады
newsound-state-denied = ❌ Модераторлар қабылдамады: { $comment }
newsound-state-moderation = ⏳ Модерацияда — бұл әдетте бірнеше минутқа созылады.
newsound-btn-call = 📞 Қоңырау шалу науқанында пайдалану
newsound-no-preview = Жазбаны мұнда тыңдау мүмкін болмады — ол /sounds бөлімінде бар.
