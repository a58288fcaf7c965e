## Аудио (/sounds)
cmd-sounds = аудиожазбалар
menu-sounds = 🔊 Аудио

sounds-title = <b>Аудиожазбалар</b>: { $total } · { $page }/{ $pages } бет
sounds-empty =
    <b>Аудиожазбалар</b>
    Әзірге аудиожазба жоқ. Мәтіннен сөз синтездеңіз немесе жазбаны жүктеңіз.
sounds-row = { $position }. <b>{ $name }</b> — { $duration } · { $stateHtml }
sound-state-approved = ✓ мақұлданды
sound-state-moderation = ⏳ модерацияда
sound-state-denied = ✗ қабылданбады: { $comment }
sounds-btn-new = ➕ Жаңа жазба
sounds-btn-answers = 🎙 Қоңыраулардағы дауыстық жауаптар

## Аудиожазба картасы
sound-card =
    🔊 <b>{ $name }</b>
    Ұзақтығы: { $duration }
    Модерация: { $stateHtml }
    Қоңырауларда қолданылды: { $used }
    Жасалған күні: { $created }
sound-btn-listen = ▶️ Тыңдау
sound-btn-rename = ✏️ Атауын өзгерту
sound-btn-delete = 🗑 Жою
sound-btn-call = 📞 Қоңырау науқанында қолдану
sound-btn-all = « Барлық жазбалар
sound-delete-confirm = <b>{ $name }</b> аудиожазбасын жоясыз ба? Бұл әрекетті қайтару мүмкін емес.
sound-btn-delete-yes = 🗑 Иә, жою
sound-deleted = ✅ «{ $name }» аудиожазбасы жойылды.
sound-delete-refused = ⛔ AutoCall аудиожазбаны жоймады: { $reason }
sound-rename-title = Жазба атауын өзгерту
sound-rename-prompt = ✏️ <b>{ $name }</b> аудиожазбасының жаңа атауын жіберіңіз ({ $max } таңбаға дейін).
sound-listen-caption = 🔊 { $name } · { $duration }
sound-listen-failed = AutoCall қазір аудиофайлды бермеді. Бір минуттан кейін қайталап көріңіз.

## Интерактивті қоңыраулардың дауыстық жауаптары
answers-campaigns-title = 🎙 <b>Интерактивті қоңыраулар</b>: { $total } · { $page }/{ $pages } бет
    Адамдардың не жауап бергенін тыңдау үшін қоңырау науқанын таңдаңыз.
answers-campaigns-empty = 🎙 Әзірге интерактивті қоңыраулар жоқ. Дауыстық жауаптар сценарийде жазу қадамы болғанда пайда болады.
answers-campaigns-latest-only = Тек соңғы қоңыраулар көрсетілген.
answers-campaign-row = { $position }. <b>{ $name }</b> — { $created }
answers-btn-sounds = « Аудио
answers-calls-title =
    🎙 <b>{ $name }</b>
    Қоңыраулар: { $total } ішінен { $from }–{ $to }; олардың ішінде дауыстық жауабы барлары: { $answered }.
answers-btn-campaigns = « Қоңыраулар
answers-call-title = 🎙 <b>{ $phone }</b>{ $extra } жауаптары · { $date }
answers-call-none = 🎙 <b>{ $phone }</b>{ $extra } дауыстық жауап қалдырмады · { $date }
answers-file-row = { $position }. <code>{ $file }</code>
answers-btn-download = ⬇️ { $position }
answers-btn-transcript = 📝 Мәтін { $position }
answers-btn-calls = « Науқан қоңыраулары
answers-audio-caption = 🎙 { $position }-жауап · { $phone }
answers-transcript-confirm = 📝 { $phone } нөмірінің { $position }-жауабын мәтінге айналдырайық па?
answers-transcript-price = Сөзді тану ақысы баланстан алынады: жазбаның әр секундына { $price }.
answers-transcript-price-unknown = Сөзді тану ақысы баланстан тарифіңіз бойынша алынады.
answers-btn-transcript-yes = 📝 Иә, мәтінге айналдыру
answers-transcript = 📝 { $phone } нөмірінің { $position }-жауабы:
    <i>{ $text }</i>
answers-transcript-empty = 📝 { $phone } нөмірінің { $position }-жауабы: сөз танылмады.
answers-transcript-no-funds = Сөзді тануға баланста ақша жетпейді. Балансты толтырып, қайталап көріңіз.
answers-transcript-no-funds-balance = Сөзді тануға ақша жетпейді: балансыңыз { $balance }. Балансты толтырып, қайталап көріңіз.
