## Settings: /settings
cmd-settings = account settings, visit card, confirmed numbers
menu-settings = ⚙️ Settings

settings-on = on
settings-off = off
settings-not-set = not set
settings-saved = ✅ Saved.

settings-card =
    { $noticeHtml }⚙️ <b>Settings of “{ $name }”</b>
    Phone: { $phone }
    Calls and SMS allowed: { $from }–{ $to } (Almaty time)
    Call-backs are counted for { $recalled } h after a call

    <b>Prices</b>: call { $callPrice }/s, own PBX { $sipPrice }/s, SMS { $smsPrice }, synthesis { $synthesisPrice }, recognition { $speechPrice }, recording { $recordingPrice }

    <b>Statistics</b>
    { $statisticsHtml }

    <b>Subscriptions</b>: news by phone call — { $subscribe }; notifications copied by SMS — { $notifications }
    <b>Visit card</b>: audio — { $audio }; text — { $visitText }
settings-statistics =
    Calls: { $calls }, { $duration } in all
    Call campaigns: { $autocalls }; SMS campaigns: { $bulks } ({ $sms } SMS)
    Lists: { $lists } with { $contacts } contacts
    Confirmed numbers: { $confirmed }; spam complaints: { $spam }
settings-btn-rename = ✏️ Rename
settings-btn-subscribe = 🔔 News by call: { $state }
settings-btn-notifications = 📨 Notifications by SMS: { $state }
settings-btn-visit-card = 🪪 Visit card
settings-btn-numbers = 📱 Confirmed numbers
settings-btn-caller-ids = 📞 Caller IDs
settings-btn-refresh = 🔄 Refresh
settings-btn-back = « Settings

settings-name-title = Account name
settings-name-ask =
    Now: <b>{ $current }</b>
    Send the new name: { $min } to { $max } characters.
settings-name-length = The name must be { $min } to { $max } characters long; this one has { $length }.

settings-vc =
    { $noticeHtml }🪪 <b>Visit card</b>
    After a call AutoCall can send people your visit card: a recording or one SMS.
    Audio: { $audio }
    Text: { $visitText }
settings-vc-audio-sound = { $state } “{ $name }” (#{ $id }, { $duration })
settings-vc-audio-gone = recording #{ $id }, which no longer exists
settings-btn-vc-audio = 🎵 Choose audio
settings-btn-vc-text = ✏️ Set text
settings-btn-vc-remove-audio = 🗑 Remove audio
settings-btn-vc-remove-text = 🗑 Remove text
settings-btn-vc-remove-yes = 🗑 Yes, remove
settings-vc-pick =
    🎵 <b>Choose the audio visit card</b> ({ $count } recordings, page { $page } of { $pages })
    ✅ approved · ⏳ in moderation · ❌ denied. Only approved recordings are sent.
settings-vc-no-sounds = There are no recordings yet. Add one with /newsound, then come back here.
settings-vc-remove-audio-confirm = Remove the audio visit card? People will no longer get the recording after a call.
settings-vc-remove-text-confirm = Remove the text visit card? People will no longer get the SMS after a call.
settings-vc-removed = ✅ Removed.
settings-vc-text-title = Visit card text
settings-vc-text-ask =
    Now: { $current }
    Send the text of the SMS. It must fit one SMS: { $max } Latin characters, or 70 if it has any Cyrillic or Kazakh letter.
settings-vc-text-empty = The text is empty. Send the words of the SMS.
settings-vc-text-long-latin = That is { $units } characters: { $segments } SMS. One SMS holds { $limit }. Make it shorter.
settings-vc-text-long-cyrillic = That is { $units } characters with Cyrillic letters: { $segments } SMS. Such an SMS holds only { $limit }. Make it shorter.
settings-vc-text-lookalikes =
    That is { $units } characters: { $segments } SMS, because a few characters (quotes, dashes, lookalike letters) force the 70-character encoding. This version fits one SMS — send it if it reads right:
    <code>{ $suggestion }</code>

settings-numbers =
    📱 <b>Confirmed numbers</b> ({ $count }, page { $page } of { $pages })
    { $numbersHtml }
settings-numbers-none = No confirmed numbers yet.
settings-number-verified = ✅ { $phone } — confirmed { $since }
settings-number-pending = ⏳ { $phone } — waiting for the code; removed 10 minutes after it was added
settings-btn-add-number = ➕ Add and verify a number
