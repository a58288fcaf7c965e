cmd-call = launch a call campaign
cmd-sms = launch an SMS campaign
menu-call = 📣 New call campaign
menu-sms = ✉️ New SMS campaign

## Common to both wizards
launch-call-title = New call campaign
launch-sms-title = New SMS campaign
launch-btn-next = Next ›
launch-on = on
launch-off = off
launch-now = Now: { $valueHtml }
launch-page = Page { $page } of { $pages }.
launch-minutes = { $minutes } min

## Recipients
launch-recipients-intro =
    <b>Recipients</b>
    Tap lists to choose them and/or send numbers: as text (a note after a number is kept), a CSV or XLSX file (other columns become {"{{"}variables{"}}"}) or contacts. Up to { $limit } numbers here; for more, make a list (/newlist).
launch-recipients-nothing = Nothing chosen yet.
launch-recipients-chosen = Chosen: { $valueHtml }
launch-recipients-lists = lists { $names } (contacts: { $contacts })
launch-recipients-numbers = numbers sent here: { $numbers }
launch-recipients-lists-page = Your lists. Page { $page } of { $pages }.
launch-recipients-no-lists = You have no contact lists yet: send the numbers here.
launch-recipients-added = Added: { $added }, repeats skipped: { $duplicates }, not numbers: { $rejected }.
launch-recipients-rejected-line = • line { $line } «{ $text }»: { $reasonHtml }
launch-recipients-gap = ⚠️ { $variable } is missing for { $missing } of { $of } numbers sent here: it will be empty for them.
launch-recipients-none = Choose at least one list or send numbers.
launch-recipients-nothing-found = I found no phone numbers to add here.
launch-recipients-over-limit = That would be more than { $limit } numbers sent here. For a bigger audience make a list (/newlist) and choose it.
launch-list-empty = The list «{ $name }» has no contacts.
launch-reading-file = ⏳ Reading the file…
launch-btn-clear-numbers = 🗑 Remove the numbers sent
launch-file-too-large = The file is over { $limit } MB: Telegram does not give bots bigger files. Split it or send a CSV.
launch-file-unsupported = I read CSV, TXT and XLSX files. Save the table as XLSX or CSV and send it again.
launch-file-empty = The file is empty.
launch-file-no-phone-column = I did not find a column with phone numbers in the file.
launch-file-unreadable = The file is damaged or is not a table I can read. Save it again as XLSX or CSV.
launch-file-unavailable = I could not download the file from Telegram. Send it again.

## SMS text
launch-sms-text-head = <b>SMS text</b>
launch-sms-reached-head = <b>SMS to those who answered</b>
launch-sms-missed-head = <b>SMS to those who did not answer</b>
launch-sms-text-intro = Type the text, up to { $max } characters. {"{{"}name{"}}"} and other variables are filled in from each recipient's values.
launch-sms-size-gsm7 = GSM-7 (Latin): { $segments } SMS, { $units } characters, up to { $per } per SMS.
launch-sms-size-ucs2 = UCS-2 (Unicode): { $segments } SMS, { $units } characters, up to { $per } per SMS.
launch-sms-offenders = These characters switch the SMS to UCS-2: { $charsHtml }
launch-sms-suggestion = Replaced by GSM-7 lookalikes, the text takes { $segments } SMS instead of { $now }.
launch-sms-variables = Variables: { $list }. The length depends on each recipient's values.
launch-sms-malformed = Not variables, sent as typed: { $list }. A variable name is Latin letters, digits and _.
launch-sms-too-long = The text is { $length } characters long; an SMS campaign takes at most { $max }.
launch-btn-gsm7 = 🔤 Replace with GSM-7 lookalikes
launch-btn-use-text = ✅ Use this text
launch-btn-turn-off = Turn off

## Call campaign: type and audio
launch-call-type-ask =
    <b>Type</b>
    A regular campaign plays a recording; an interactive one runs a scenario with key presses and answers.
launch-call-type-regular = 🔊 Regular: a recording
launch-call-type-interactive = 🤖 Interactive: a scenario
launch-audio-ask =
    <b>Recording</b>
    Choose what the call plays (🟢 approved by moderation, ⏳ not yet, ⛔ refused), or synthesize a new recording: tap the button or just type its text.
launch-audio-none = The account has no recordings yet: synthesize one.
launch-audio-sound = { $icon } «{ $name }», { $duration } ({ $state })
launch-audio-synthesis = 🗣 new recording from text «{ $text }», voice { $voice }
launch-audio-denied = Moderation refused «{ $name }»: { $reason }. Choose another recording.
launch-moderation-confirmed = approved
launch-moderation-pending = not approved yet: moderation checks it with the campaign
launch-moderation-denied = refused by moderation
launch-btn-synthesize = 🗣 Synthesize a new recording
launch-synth-text-ask =
    <b>New recording</b>
    Type the text to be spoken, up to { $max } characters.
launch-synth-too-long = The text is { $length } characters long; a recording takes at most { $max }.
launch-synth-voice-ask =
    <b>New recording</b>
    Text: { $length } characters. Choose a voice: ♀ female, ♂ male.
launch-btn-keep-text = ✓ Keep this text
launch-scenario-ask =
    <b>Scenario</b>
    Choose the scenario of the calls (🟢 approved by moderation, ⏳ not yet, ⛔ refused).
launch-scenario-none = The account has no scenarios yet: make one on autocall.kz.
launch-scenario-line = { $icon } «{ $name }» ({ $state })
launch-scenario-denied = Moderation refused «{ $name }»: { $reason }. Choose another scenario.

## Call campaign: when, retries, extras
launch-date-ask =
    <b>Start date</b>
    When do the calls start? Tap or type a date such as 25.12 or 25.12.2026 (Kazakhstan time; today is { $today }).
launch-date-today = Today
launch-date-tomorrow = Tomorrow
launch-date-bad-format = I did not get the date. Type it as 25.12 or 25.12.2026.
launch-date-invalid-date = There is no such day in the calendar.
launch-date-past = That day has passed. Choose today or a later day.
launch-window-ask =
    <b>Calling hours</b>
    Every day of the campaign, calls go out only between these times (Kazakhstan time). Tap or type as 09:00–18:00. The account allows { $allowed }.
launch-window-bad-format = I did not get the hours. Type them as 09:00–18:00.
launch-window-out-of-range = A time of day is 00:00 to 23:59.
launch-window-not-increasing = The end must be later than the start, within one day.
launch-window-outside-allowed = The account's settings allow calls only between { $allowed }. Choose hours inside them.
launch-window-already-over = Today's hours are already over. Choose a later end, or go back and start tomorrow.
launch-retries-ask =
    <b>Retries</b>
    How many times to call a number that does not answer (first row), and how long to wait between tries (second row).
launch-extras-ask =
    <b>Extras</b>
    SMS to those who answered: { $reached }
    SMS to those who did not: { $missed }
    Tap to change; everything here is optional.
launch-btn-sms-reached = ✉️ SMS to those who answered: { $state }
launch-btn-sms-missed = ✉️ SMS to those who did not: { $state }
launch-btn-record = 🎙 Record: { $state }
launch-btn-lifetime = ↩️ Call-backs: { $state }
launch-btn-callerid = 📞 Caller ID: { $number }
launch-callerid-random = random from the pool
launch-callerid-ask =
    <b>Caller ID</b>
    Which number do people see? A random one from AutoCall's pool, or a number you rent.
launch-callerid-option = { $number } (until { $until })
launch-callerid-none = The account rents no caller ID now, so calls go out from a random pool number. You can rent one in /callerids.

## Name and summary
launch-name-ask =
    <b>Name</b>
    Name the campaign (up to { $max } characters): you will find it by this name later.
launch-name-too-long = The name is { $length } characters long; at most { $max }.
launch-btn-use-name = Use «{ $name }»
launch-btn-keep-name = ✓ Keep «{ $name }»
launch-call-default-name = Call campaign { $date }
launch-sms-default-name = SMS { $date }
launch-summary-head = <b>Check and launch</b>
launch-sum-type = Type: { $type }
launch-sum-audio = Recording: { $valueHtml }
launch-sum-scenario = Scenario: { $valueHtml }
launch-sum-recipients = Recipients: { $valueHtml }
launch-sum-when = Start: { $date }, calls { $window } (Kazakhstan time)
launch-sum-tries = Tries: { $tries }, every { $minutes } min
launch-sum-sms-reached = SMS to those who answered: { $value }
launch-sum-sms-missed = SMS to those who did not: { $value }
launch-sum-options = Record: { $record } · call-backs: { $lifetime } · caller ID: { $callerId }
launch-sum-name = Name: «{ $name }»
launch-sum-text =
    Text: { $textHtml }
    { $sizeHtml }
launch-sum-size-worst = Size: AutoCall prices the worst case, every variable at its longest value among the recipients.
launch-sum-send-at = Send: { $when }
launch-summary-cost = 💰 At most: <b>{ $cost }</b>
launch-summary-balance = Balance { $balance } → after the launch { $after }
launch-summary-short = ⚠️ Not enough money: the balance is { $balance }, short by <b>{ $short }</b>. Top up here (the summary waits), or tap Recalculate after a top-up made elsewhere.
launch-btn-launch = 🚀 Launch
launch-btn-recalculate = 🔄 Recalculate
launch-launching = ⏳ Launching…
launch-refused-funds = AutoCall says the balance is not enough for this campaign: top up here, or launch again once the balance covers it.
launch-refused-spam =
    AutoCall refused the campaign as suspected spam: { $reason }
    What to change: choose a longer recording (step 3) or fewer recipients (step 2), then launch again.
launch-refused-sms-forbidden =
    AutoCall refused the SMS campaign: { $reason }
    What to change: the text (step 1) — links, words and capitals typical of spam — or the recipients (step 2), then launch again.
launch-refused-invalid = AutoCall did not accept the campaign: { $reason }. Go back to the step concerned and change it.
launch-refused-busy = AutoCall asks to wait: too many requests. Try again in a minute.
launch-refused-unsure = AutoCall is not answering right now. Try again in a minute: if the campaign was created meanwhile, I will find it instead of making a second one.

## Results
launch-card-cost = Reserved at most: { $cost }
launch-call-created = ✅ Call campaign «{ $name }» (#{ $id }) is created. AutoCall moderation checks it before the calls start.
launch-call-accepted = ⏳ Call campaign «{ $name }» is accepted: AutoCall creates campaigns of more than 5 000 numbers in the background. I will send its card here when it appears.
launch-call-not-seen = Call campaign «{ $name }» has not appeared in half an hour. Look for it in /campaigns later.
launch-btn-open-campaign = 📋 Open the campaign
launch-sms-created = ✅ SMS campaign «{ $name }» (#{ $id }) is created. AutoCall moderation checks it before sending.
launch-sms-pending = ⏳ SMS campaign «{ $name }» is being created. Look for it in /bulks in a minute.
launch-btn-open-bulk = 📋 Open the SMS campaign

## Preview and send time of SMS
launch-preview-head =
    <b>Preview</b>
    The first { $count } messages exactly as they will be sent:
launch-preview-sample = { $index }) { $number } · { $segments } SMS, { $encoding }
launch-preview-list-gap = ⚠️ { $variable } is missing for { $missing } of the first { $checked } contacts of «{ $list }»: it will be empty for them.
launch-send-ask =
    <b>When to send</b>
    Now, or type a date and time in Kazakhstan time: 25.12 10:00, or 14:30 for today. The account allows { $allowed }.
launch-send-now = Now
launch-send-bad-format = I did not get the time. Type a date and time as 25.12 10:00, or a time as 14:30.
launch-send-invalid-date = There is no such day in the calendar.
launch-send-out-of-range = A time of day is 00:00 to 23:59; add a time to the date: 25.12 10:00.
launch-send-past = That moment has passed. Choose a later one.
launch-send-outside-allowed = The account's settings allow sending only between { $allowed }.
launch-topup-head = 💳 <b>Top up</b> — the summary waits: everything chosen stays as it is.
launch-topup-after = After paying, tap «Back to summary»: the balance is read again and the campaign priced again.
launch-btn-back-to-summary = ↩ Back to summary
launch-topup-refused = Your role cannot top up this account: ask a manager or the owner to do it, then tap Recalculate.
