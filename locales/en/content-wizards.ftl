## Content wizards: a new contact list, more numbers for a list, a new sound

cmd-newlist = new contact list
cmd-newsound = new audio: speech synthesis or your own file
menu-newlist = 📋 New list
menu-newsound = 🎙 New audio

## New list: name and numbers
newlist-title = New list
newlist-append-title = Add numbers
newlist-ask-name = What should the list be called? Type a name of up to 40 characters, for example <i>March clients</i>.
newlist-ask-name-again = The list is called <b>{ $name }</b> now. Tap the button to keep this name, or type a new one (up to 40 characters).
newlist-name-empty = The name cannot be empty.
newlist-name-too_long = The name has { $length } characters; at most { $max } are allowed.
newlist-ask-numbers =
    Send the numbers, any way you like, mixed as you wish:
    • as text: one or many numbers per message, written any way (<code>+7 701 123 45 67</code>, <code>8 (701) 123-45-67</code>, <code>7011234567</code>); a note may follow a number — a name, a contract;
    • as a CSV, TSV or XLSX file of up to { $limit } MB — I find the phone column myself, other columns become SMS variables;
    • as contacts shared from Telegram.
    When everything is in, tap Done.
newlist-ask-more = Send more numbers — as text, a file or a contact — or tap Done.
newlist-added = 📥 { $sourceHtml }: { $valid } added, { $duplicates } repeated, { $invalid } with errors.
newlist-totals = In total: ✅ { $valid ->
        [one] { $valid } number
       *[other] { $valid } numbers
    } · ♻️ { $duplicates } repeated · ⚠️ { $invalid } with errors
newlist-file-csv = CSV, { $encoding } encoding, separator “{ $delimiter }”
newlist-file-xlsx = Excel (XLSX), first sheet
newlist-file-header = with a header row
newlist-file-no-header = no header row
newlist-file-lines = one contact per line
newlist-file-phone = numbers from the “{ $column }” column
newlist-file-note = note from “{ $column }”
newlist-file-variables = SMS variables: { $variables }
newlist-btn-done = ✅ Done
newlist-btn-clear = 🗑 Start over
newlist-reading = 📄 Reading “{ $file }”…
newlist-read = 📄 “{ $file }” has been read.
newlist-not-read = 📄 “{ $file }” was not taken.
newlist-nothing-yet = There is no usable number yet: send numbers as text, a file or a contact.
newlist-file-too-large = The file is over { $limit } MB: Telegram does not let bots download such files. Split it, or remove columns you do not need.
newlist-file-xls = This is an old Excel file (XLS). Save it as XLSX or CSV (File → Save as) and send it again.
newlist-file-ods = This is an OpenDocument spreadsheet (ODS). Save it as XLSX or CSV and send it again.
newlist-file-binary = This is not a spreadsheet — it looks like a picture, a PDF or an archive. Send a CSV, TSV or XLSX file.
newlist-file-no-phone-column = None of the file's columns ({ $columns }) holds phone numbers. Check that the numbers are written as digits, not formulas.
newlist-input-empty = The file is empty.
newlist-input-unreadable = The file is damaged and could not be read. Save it again and send it once more.
newlist-input-unavailable = The file could not be downloaded from Telegram. Send it once more.
newlist-input-expired = The numbers collected so far were not kept — please send them again.
newlist-input-no_numbers = There is no number in this message. Send numbers such as <code>+7 701 123 45 67</code>, or tap Done.

## New list: why numbers are refused
newlist-source-file = file “{ $file }”
newlist-source-text = message { $number }
newlist-source-contact = contact
newlist-reason-empty = empty
newlist-reason-no_phone = no number
newlist-reason-excel_scientific = Excel wrote the number as 7.7E+10 and its digits are lost — format the column as text
newlist-reason-invalid_characters = stray character “{ $char }”
newlist-reason-bad_length = { $digits } digits, but +7 must be followed by exactly 10
newlist-reason-russian = a Russian number, and AutoCall lists take Kazakhstan numbers only
newlist-reason-foreign = a foreign number, and AutoCall lists take Kazakhstan numbers only
newlist-reason-code = AutoCall lists do not take code { $code }
newlist-group = • { $count } — { $reasonHtml }
newlist-group-code = • { $count } — { $reasonHtml } (they take codes { $codes })
newlist-refusal = line { $line }, { $sourceHtml }: <code>{ $text }</code> — { $reasonHtml }
newlist-csv-source = Source
newlist-csv-line = Line
newlist-csv-text = What was written
newlist-csv-reason = Why it was refused
newlist-refusals-file = Every refused number ({ $count }): fix them and send the file to the wizard again.

## New list: review and upload
newlist-review-new = New list <b>{ $name }</b>
newlist-review-append = Adding numbers to the list <b>{ $name }</b>
newlist-review-valid = ✅ Numbers to upload: { $count }
newlist-review-duplicates = ♻️ Repeats removed: { $count }
newlist-review-truncated = ✂️ Notes and values cut to 255 characters: { $count }
newlist-review-invalid = ⚠️ Refused: { $count }
newlist-review-first = The first { $count }:
newlist-review-all-in-file = Every refused number is in the file “{ $file }”.
newlist-btn-create = 📤 Create the list ({ $count })
newlist-btn-append = 📤 Add the numbers ({ $count })
newlist-starting = 📤 Uploading “{ $name }”…
newlist-uploading =
    📤 Uploading “{ $name }”
    { $bar } { $done } / { $total }
newlist-stop-expired = The numbers collected were not kept — send them again.
newlist-stop-busy = This list is being uploaded already. Wait a minute and tap the button again.
newlist-stop-list_gone = This list is no longer in AutoCall — it seems to have been deleted.
newlist-half = The list <b>{ $name }</b> (ID { $id }) is only partly uploaded: it holds { $held } of { $total } numbers. Tap Resume and I will upload the rest without doubling anything.
newlist-half-unknown = The list <b>{ $name }</b> (ID { $id }) is only partly uploaded (it should hold { $total } numbers), and AutoCall is not answering right now. Tap Resume once it is back and I will upload the rest without doubling anything.
newlist-btn-resume = ▶️ Resume the upload
newlist-created =
    ✅ The list <b>{ $name }</b> is created
    ID { $id } · numbers: { $count }
newlist-appended =
    ✅ Numbers added to <b>{ $name }</b>: { $added }
    ID { $id } · numbers now: { $count }
newlist-btn-call = 📞 Call this list
newlist-btn-sms = ✉️ SMS this list

## New sound
newsound-title = New audio
newsound-ask-source =
    Send the text to be spoken (up to { $max } characters) and I will synthesize the speech.
    Or send a voice message or an MP3, WAV or OGG file (up to { $limit } MB) and I will upload it as it is.
newsound-ask-source-text =
    Text ({ $count } of { $max } characters):
    <blockquote>{ $text }</blockquote>
    Tap the button to keep it, or send a new text, a voice message or an audio file.
newsound-ask-source-audio = File to upload: { $file }. Tap the button to keep it, or send another file or a text to synthesize.
newsound-voice-note = a voice message
newsound-btn-keep-text = ✓ Keep this text
newsound-btn-keep-audio = ✓ Keep this file
newsound-text-empty = The text is empty: write what the voice should say.
newsound-text-too_long = The text has { $length } characters; at most { $max } are allowed, so shorten it by { $over }.
newsound-receiving = 🎧 Receiving the file…
newsound-audio-too-big = The file is over { $limit } MB: Telegram does not let bots download such files. Compress or trim the recording.
newsound-audio-unavailable = The file could not be downloaded from Telegram. Send it once more.
newsound-audio-unknown = This is not an audio file. AutoCall takes MP3, WAV and OGG: send a file in one of them, or a voice message.
newsound-audio-format = This is a { $format } file, and AutoCall takes only MP3, WAV and OGG. Save the recording in one of them, or send a voice message.
newsound-ask-voice = Text: { $count } characters. Choose a voice:
newsound-voice-label = { $name } · { $gender } · { $engine }
newsound-gender-female = female
newsound-gender-male = male
newsound-speed-ask = Speech speed: choose, or type a number from 0.25 to 4 (1 is normal). Now: { $current }.
newsound-speed-not_a_number = I did not get the speed. Type a number, for example <code>1.25</code>.
newsound-speed-out_of_range = The speed can be from { $min } to { $max }.
newsound-pitch-ask = Voice pitch: choose, or type a number from −20 to +20 (0 leaves it as it is). Now: { $current }.
newsound-pitch-not_a_number = I did not get the pitch. Type a number, for example <code>-5</code> or <code>3</code>.
newsound-pitch-out_of_range = The pitch can be from { $min } to { $max }.
newsound-ask-name = What should the audio be called? Tap the button to use “{ $name }”, or type your own name (up to 40 characters).
newsound-voice-name = Voice message { $at }
newsound-name-empty = The name cannot be empty.
newsound-name-too_long = The name has { $length } characters; at most { $max } are allowed.
newsound-summary =
    Check and start the synthesis:
    <blockquote>{ $text }</blockquote>
    Characters: { $count }
    Voice: { $voice }
    Speed: { $speed } · pitch: { $pitch }
    Name: <b>{ $name }</b>
newsound-estimate = Length: about { $seconds } s of speech
newsound-cost = 💰 About <b>{ $cost }</b>: AutoCall charges { $price } a second of speech by your tariff, after the synthesis, for the real length.
newsound-cost-unknown = 💰 Charged by AutoCall's tariff per second of speech, after the synthesis: the tariff's price could not be read now.
newsound-balance = Balance: { $balance }
newsound-short = ⚠️ The balance may not cover it: top it up by at least { $missing }.
newsound-btn-synthesize = 🎙 Synthesize
newsound-synthesizing = 🎙 Synthesizing “{ $name }”…
newsound-uploading = 📤 Uploading “{ $name }”…
newsound-done = ✅ The audio “{ $name }” is ready: listen to it below.
newsound-no-funds = There is not enough money on the balance for the synthesis. Top it up and try again.
newsound-no-funds-balance = There is not enough money on the balance for the synthesis (it is { $balance } now). Top it up and try again.
newsound-audio-gone = The file you sent was not kept: please send it once more.
newsound-busy = This audio is being created already. Wait a minute and tap the button again.
newsound-card =
    🎧 <b>{ $name }</b> (ID { $id })
    Length: { $duration }
    { $stateHtml }
newsound-state-confirmed = ✅ Approved by the moderators
newsound-state-denied = ❌ Declined by the moderators: { $comment }
newsound-state-moderation = ⏳ Awaiting moderation, which usually takes a few minutes.
newsound-btn-call = 📞 Use in a call campaign
newsound-no-preview = The recording could not be played here; it is in /sounds.
