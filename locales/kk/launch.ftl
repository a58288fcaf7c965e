cmd-call = қоңырау науқанын іске қосу
cmd-sms = SMS таратуды іске қосу
menu-call = 📣 Жаңа қоңырау науқаны
menu-sms = ✉️ Жаңа SMS тарату

## Екі шеберге ортақ
launch-call-title = Жаңа қоңырау науқаны
launch-sms-title = Жаңа SMS тарату
launch-btn-next = Әрі қарай ›
launch-on = қосулы
launch-off = өшірулі
launch-now = Қазір: { $valueHtml }
launch-page = Бет: { $page } / { $pages }.
launch-minutes = { $minutes } мин

## Алушылар
launch-recipients-intro =
    <b>Алушылар</b>
    Тізімдерді таңдаңыз және/немесе нөмірлерді жіберіңіз: мәтінмен (нөмірден кейінгі ескертпе сақталады), CSV не XLSX файлымен (басқа бағандары {"{{"}айнымалыларға{"}}"} айналады) немесе контактілермен. Осында — { $limit } нөмірге дейін; көбірек болса — тізім арқылы (/newlist).
launch-recipients-nothing = Әзірге ештеңе таңдалмады.
launch-recipients-chosen = Таңдалды: { $valueHtml }
launch-recipients-lists = тізімдер { $names } (контактілер: { $contacts })
launch-recipients-numbers = осында жіберілген нөмірлер: { $numbers }
launch-recipients-lists-page = Сіздің тізімдеріңіз. Бет: { $page } / { $pages }.
launch-recipients-no-lists = Контакт тізімдері әлі жоқ — нөмірлерді осында жіберіңіз.
launch-recipients-added = Қосылды: { $added }, өткізілген қайталаулар: { $duplicates }, нөмір емес: { $rejected }.
launch-recipients-rejected-line = • { $line }-жол «{ $text }»: { $reasonHtml }
launch-recipients-gap = ⚠️ Жіберілген { $of } нөмірдің { $missing } нөмірінде { $variable } жоқ — оларда бұл орын бос болады.
launch-recipients-none = Кемінде бір тізімді таңдаңыз немесе нөмірлерді жіберіңіз.
launch-recipients-nothing-found = Мұнда қосуға болатын нөмір табылмады.
launch-recipients-over-limit = Сонда жіберілген нөмірлер { $limit }-ден асады. Үлкен аудитория үшін тізім жасап (/newlist), соны таңдаңыз.
launch-list-empty = «{ $name }» тізімінде контактілер жоқ.
launch-reading-file = ⏳ Файлды оқып жатырмын…
launch-btn-clear-numbers = 🗑 Жіберілген нөмірлерді алып тастау
launch-file-too-large = Файл { $limit } МБ-тан үлкен — Telegram мұндай файлдарды боттарға бермейді. Оны бөліңіз немесе CSV жіберіңіз.
launch-file-unsupported = Мен CSV, TXT және XLSX файлдарын оқимын. Кестені XLSX не CSV ретінде сақтап, қайта жіберіңіз.
launch-file-empty = Файл бос.
launch-file-no-phone-column = Файлдан телефон нөмірлері бар баған табылмады.
launch-file-unreadable = Файл бүлінген немесе мен оқи алатын кесте емес. Оны XLSX не CSV ретінде қайта сақтаңыз.
launch-file-unavailable = Файлды Telegram-нан жүктеу мүмкін болмады. Қайта жіберіңіз.

## SMS мәтіні
launch-sms-text-head = <b>SMS мәтіні</b>
launch-sms-reached-head = <b>Жауап бергендерге SMS</b>
launch-sms-missed-head = <b>Жауап бермегендерге SMS</b>
launch-sms-text-intro = Мәтінді жазыңыз, { $max } таңбаға дейін. {"{{"}name{"}}"} және басқа айнымалылар әр алушының мәндерінен қойылады.
launch-sms-size-gsm7 = GSM-7 (латын): SMS саны — { $segments }, таңба — { $units }, бір SMS-те { $per } таңбаға дейін.
launch-sms-size-ucs2 = UCS-2 (Юникод): SMS саны — { $segments }, таңба — { $units }, бір SMS-те { $per } таңбаға дейін.
launch-sms-offenders = Мына таңбалар SMS-ті UCS-2-ге ауыстырады: { $charsHtml }
launch-sms-suggestion = Оларды GSM-7-дегі ұқсас таңбалармен алмастырсаңыз, мәтін { $now } орнына { $segments } SMS алады.
launch-sms-variables = Айнымалылар: { $list }. Ұзындығы әр алушының мәндеріне байланысты.
launch-sms-malformed = Бұлар айнымалы емес, жазылғандай кетеді: { $list }. Айнымалы атауы — латын әріптері, сандар және _.
launch-sms-too-long = Мәтінде { $length } таңба бар, ал тарату { $max } таңбадан аспауы керек.
launch-btn-gsm7 = 🔤 GSM-7 ұқсас таңбаларымен алмастыру
launch-btn-use-text = ✅ Осы мәтінді алу
launch-btn-turn-off = Өшіру

## Қоңырау науқаны: түрі және аудио
launch-call-type-ask =
    <b>Түрі</b>
    Қарапайым науқан аудиожазбаны ойнатады, интерактивті науқан пернелерді басу мен жауаптары бар сценарийді жүргізеді.
launch-call-type-regular = 🔊 Қарапайым: аудиожазба
launch-call-type-interactive = 🤖 Интерактивті: сценарий
launch-audio-ask =
    <b>Аудиожазба</b>
    Қоңырауда не естілетінін таңдаңыз (🟢 модерация мақұлдады, ⏳ әлі жоқ, ⛔ қабылданбады) немесе жаңасын синтездеңіз: батырманы басыңыз не оның мәтінін жай ғана жазыңыз.
launch-audio-none = Аккаунтта әлі аудиожазба жоқ — жаңасын синтездеңіз.
launch-audio-sound = { $icon } «{ $name }», { $duration } ({ $state })
launch-audio-synthesis = 🗣 «{ $text }» мәтінінен жаңа жазба, дауыс { $voice }
launch-audio-denied = Модерация «{ $name }» жазбасын қабылдамады: { $reason }. Басқа жазбаны таңдаңыз.
launch-moderation-confirmed = мақұлданды
launch-moderation-pending = әлі мақұлданбаған — модерация оны науқанмен бірге тексереді
launch-moderation-denied = модерация қабылдамады
launch-btn-synthesize = 🗣 Жаңа жазбаны синтездеу
launch-synth-text-ask =
    <b>Жаңа жазба</b>
    Дауыс айтатын мәтінді жазыңыз, { $max } таңбаға дейін.
launch-synth-too-long = Мәтінде { $length } таңба бар, ал жазба { $max } таңбадан аспауы керек.
launch-synth-voice-ask =
    <b>Жаңа жазба</b>
    Мәтін: { $length } таңба. Дауысты таңдаңыз: ♀ әйел, ♂ ер.
launch-btn-keep-text = ✓ Осы мәтінді қалдыру
launch-scenario-ask =
    <b>Сценарий</b>
    Қоңыраулардың сценарийін таңдаңыз (🟢 модерация мақұлдады, ⏳ әлі жоқ, ⛔ қабылданбады).
launch-scenario-none = Аккаунтта әлі сценарий жоқ — оны autocall.kz сайтында жасаңыз.
launch-scenario-line = { $icon } «{ $name }» ({ $state })
launch-scenario-denied = Модерация «{ $name }» сценарийін қабылдамады: { $reason }. Басқа сценарийді таңдаңыз.

## Қоңырау науқаны: қашан, қайталау, қосымша
launch-date-ask =
    <b>Басталу күні</b>
    Қоңыраулар қашан басталады? Батырманы басыңыз немесе күнді жазыңыз: 25.12 не 25.12.2026 (Қазақстан уақыты; бүгін { $today }).
launch-date-today = Бүгін
launch-date-tomorrow = Ертең
launch-date-bad-format = Күнді түсінбедім. Былай жазыңыз: 25.12 не 25.12.2026.
launch-date-invalid-date = Күнтізбеде мұндай күн жоқ.
launch-date-past = Бұл күн өтіп кетті. Бүгінді немесе кейінгі күнді таңдаңыз.
launch-window-ask =
    <b>Қоңырау уақыты</b>
    Науқанның әр күні қоңыраулар тек осы уақытта шалынады (Қазақстан уақыты). Батырманы басыңыз немесе былай жазыңыз: 09:00–18:00. Аккаунтқа { $allowed } рұқсат етілген.
launch-window-bad-format = Уақытты түсінбедім. Былай жазыңыз: 09:00–18:00.
launch-window-out-of-range = Тәулік уақыты — 00:00-ден 23:59-ға дейін.
launch-window-not-increasing = Соңы басынан кейін болуы керек, бір тәулік ішінде.
launch-window-outside-allowed = Аккаунт баптаулары қоңырауға тек { $allowed } аралығында рұқсат береді. Осы аралықтағы уақытты таңдаңыз.
launch-window-already-over = Бүгінгі уақыт өтіп кетті. Кешірек аяқталатын уақытты таңдаңыз немесе артқа қайтып, ертеңнен бастаңыз.
launch-retries-ask =
    <b>Қайталау</b>
    Жауап бермеген нөмірге неше рет қоңырау шалу керек (бірінші қатар) және әрекеттер арасында қанша күту керек (екінші қатар).
launch-extras-ask =
    <b>Қосымша</b>
    Жауап бергендерге SMS: { $reached }
    Жауап бермегендерге SMS: { $missed }
    Өзгерту үшін басыңыз; мұндағының бәрі міндетті емес.
launch-btn-sms-reached = ✉️ Жауап бергендерге SMS: { $state }
launch-btn-sms-missed = ✉️ Жауап бермегендерге SMS: { $state }
launch-btn-record = 🎙 Жазу: { $state }
launch-btn-lifetime = ↩️ Кері қоңыраулар: { $state }
launch-btn-callerid = 📞 Нөмір: { $number }
launch-callerid-random = пулдан кездейсоқ
launch-callerid-ask =
    <b>Қоңырау шалушы нөмірі</b>
    Абоненттер қай нөмірді көреді: AutoCall пулынан кездейсоқ нөмірді немесе сіз жалға алған нөмірді.
launch-callerid-option = { $number } ({ $until } дейін)
launch-callerid-none = Қазір аккаунтта жалға алынған нөмір жоқ, сондықтан қоңыраулар пулдағы кездейсоқ нөмірден шалынады. Нөмірді /callerids бөлімінде жалға алуға болады.

## Атауы және қорытынды
launch-name-ask =
    <b>Атауы</b>
    Науқанға атау беріңіз ({ $max } таңбаға дейін) — кейін оны осы атау бойынша табасыз.
launch-name-too-long = Атауда { $length } таңба бар, ал ең көбі { $max } болуы керек.
launch-btn-use-name = «{ $name }» алу
launch-btn-keep-name = ✓ «{ $name }» қалдыру
launch-call-default-name = Қоңыраулар { $date }
launch-sms-default-name = SMS { $date }
launch-summary-head = <b>Тексеріп, іске қосыңыз</b>
launch-sum-type = Түрі: { $type }
launch-sum-audio = Аудиожазба: { $valueHtml }
launch-sum-scenario = Сценарий: { $valueHtml }
launch-sum-recipients = Алушылар: { $valueHtml }
launch-sum-when = Басталуы: { $date }, қоңыраулар { $window } (Қазақстан уақыты)
launch-sum-tries = Әрекеттер: { $tries }, әр { $minutes } мин сайын
launch-sum-sms-reached = Жауап бергендерге SMS: { $value }
launch-sum-sms-missed = Жауап бермегендерге SMS: { $value }
launch-sum-options = Жазу: { $record } · кері қоңыраулар: { $lifetime } · нөмір: { $callerId }
launch-sum-name = Атауы: «{ $name }»
launch-sum-text =
    Мәтін: { $textHtml }
    { $sizeHtml }
launch-sum-size-worst = Көлемі: AutoCall ең нашар жағдай бойынша есептейді — әр айнымалы алушылар арасындағы ең ұзын мәнімен.
launch-sum-send-at = Жіберу: { $when }
launch-summary-cost = 💰 Ең көбі: <b>{ $cost }</b>
launch-summary-balance = Баланс { $balance } → іске қосқаннан кейін { $after }
launch-summary-short = ⚠️ Ақша жетпейді: баланста { $balance }, <b>{ $short }</b> жетіспейді. Балансты осы жерде толықтырыңыз (қорытынды күтеді) немесе басқа жерде толықтырғаннан кейін «Қайта есептеу» батырмасын басыңыз.
launch-btn-launch = 🚀 Іске қосу
launch-btn-recalculate = 🔄 Қайта есептеу
launch-launching = ⏳ Іске қосып жатырмын…
launch-refused-funds = AutoCall бұл науқанға баланс жетпейтінін хабарлайды: балансты осы жерде толықтырыңыз немесе баланс жеткенде қайта іске қосыңыз.
launch-refused-spam =
    AutoCall науқанды спам деген күдікпен қабылдамады: { $reason }
    Не өзгерту керек: ұзағырақ жазбаны (3-қадам) немесе азырақ алушыны (2-қадам) таңдап, қайта іске қосыңыз.
launch-refused-sms-forbidden =
    AutoCall SMS-таратуды қабылдамады: { $reason }
    Не өзгерту керек: мәтінді (1-қадам) — спамға тән сілтемелер, сөздер мен бас әріптер — немесе алушыларды (2-қадам), содан кейін қайта іске қосыңыз.
launch-refused-invalid = AutoCall науқанды қабылдамады: { $reason }. Тиісті қадамға қайтып, түзетіңіз.
launch-refused-busy = AutoCall күте тұруды сұрайды: сұраулар тым көп. Бір минуттан кейін қайталаңыз.
launch-refused-unsure = AutoCall қазір жауап бермей тұр. Бір минуттан кейін қайталаңыз: егер науқан осы уақытта жасалса, мен екіншісін жасамай, соны табамын.

## Нәтиже
launch-card-cost = Ең көбі резервтелді: { $cost }
launch-call-created = ✅ «{ $name }» қоңырау науқаны (№{ $id }) жасалды. Қоңыраулар басталмас бұрын AutoCall модерациясы оны тексереді.
launch-call-accepted = ⏳ «{ $name }» қоңырау науқаны қабылданды: 5 000-нан көп нөмірі бар науқандарды AutoCall фонда жасайды. Ол пайда болғанда, оның карточкасын осында жіберемін.
launch-call-not-seen = «{ $name }» қоңырау науқаны жарты сағатта пайда болмады. Оны кейінірек /campaigns бөлімінен іздеңіз.
launch-btn-open-campaign = 📋 Науқанды ашу
launch-sms-created = ✅ «{ $name }» SMS таратуы (№{ $id }) жасалды. Жібермес бұрын AutoCall модерациясы оны тексереді.
launch-sms-pending = ⏳ «{ $name }» SMS таратуы жасалып жатыр. Бір минуттан кейін оны /bulks бөлімінен табыңыз.
launch-btn-open-bulk = 📋 Таратуды ашу

## SMS алдын ала қарау және жіберу уақыты
launch-preview-head =
    <b>Алдын ала қарау</b>
    Алғашқы хабарламалар ({ $count }) — дәл жіберілетіндей:
launch-preview-sample = { $index }) { $number } · SMS: { $segments }, { $encoding }
launch-preview-list-gap = ⚠️ «{ $list }» тізімінің алғашқы { $checked } контактісінің { $missing } контактісінде { $variable } жоқ — оларда бұл орын бос болады.
launch-send-ask =
    <b>Қашан жіберу керек</b>
    Қазір немесе Қазақстан уақытымен көрсетілген уақытта: 25.12 10:00 немесе бүгінге 14:30 деп жазыңыз. Аккаунтқа { $allowed } рұқсат етілген.
launch-send-now = Қазір
launch-send-bad-format = Уақытты түсінбедім. Күн мен уақытты былай жазыңыз: 25.12 10:00, не тек уақытты: 14:30.
launch-send-invalid-date = Күнтізбеде мұндай күн жоқ.
launch-send-out-of-range = Тәулік уақыты — 00:00-ден 23:59-ға дейін; күнге уақытты қосыңыз: 25.12 10:00.
launch-send-past = Бұл уақыт өтіп кетті. Кейінірек уақытты таңдаңыз.
launch-send-outside-allowed = Аккаунт баптаулары жіберуге тек { $allowed } аралығында рұқсат береді.
launch-topup-head = 💳 <b>Толықтыру</b> — қорытынды күтіп тұрады: таңдалғанның бәрі сақталады.
launch-topup-after = Төлегеннен кейін «Қорытындыға» батырмасын басыңыз: бот балансты қайта тексеріп, құнын қайта есептейді.
launch-btn-back-to-summary = ↩ Қорытындыға
launch-topup-refused = Сіздің рөліңіз бұл аккаунттың балансын толықтыруға мүмкіндік бермейді: менеджерден немесе иесінен сұраңыз, содан кейін «Қайта есептеу» батырмасын басыңыз.
