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
newlist-totals = In total: ✅ { $valid } numbers · ♻️ { $duplicates } repeated · ⚠️ { $invalid } with errors
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
