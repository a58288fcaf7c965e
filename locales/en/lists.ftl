## Contact lists (/lists)
cmd-lists = contact lists
menu-lists = 📋 Contact lists

lists-title = <b>Contact lists</b>: { $total } · page { $page } of { $pages }
lists-empty =
    <b>Contact lists</b>
    There are no lists yet. Create one from a file or by pasting numbers.
lists-row = { $position }. <b>{ $name }</b> — numbers: { $count }{ $flagsHtml }
lists-flag-importing = ⏳ importing
lists-flag-nonexistent = ⚠️ nonexistent: { $count }
lists-flag-used = used: { $count }
lists-btn-new = ➕ New list

## A list's card
list-card =
    📋 <b>{ $name }</b>
    Numbers: { $count }
    Used in call and SMS campaigns: { $used }
    Created: { $created }
list-card-nonexistent = ⚠️ Nonexistent numbers: { $count } — operators reported them during campaigns.
list-card-importing = ⏳ The import is still running: numbers are being added.
list-btn-contacts = 👥 Contacts
list-btn-nonexistent = ⚠️ Nonexistent numbers ({ $count })
list-btn-append = ➕ Append numbers
list-btn-rename = ✏️ Rename
list-btn-call = 📞 Call this list
list-btn-sms = ✉️ SMS this list
list-btn-export = 📤 Export CSV
list-btn-delete = 🗑 Delete list
list-btn-all = « All lists
list-delete-confirm = Delete the list <b>{ $name }</b>? Numbers in it: { $count }. This cannot be undone.
list-btn-delete-yes = 🗑 Yes, delete
list-deleted = ✅ The list “{ $name }” is deleted.
list-delete-refused = ⛔ AutoCall did not delete the list: { $reason }
list-rename-title = Renaming a list
list-rename-prompt = ✏️ Send a new name for the list <b>{ $name }</b> (up to { $max } characters).
list-export-progress = ⏳ Exporting “{ $name }”: { $done } of { $total } contacts…
list-export-done = 📤 “{ $name }”: { $count } contacts

## Contacts of a list
contacts-title = 👥 <b>{ $name }</b>: { $total } contacts · page { $page } of { $pages }
contacts-empty = 👥 The list <b>{ $name }</b> has no contacts yet.
contacts-row = { $position }. <code>{ $phone }</code>{ $extra }{ $variables }
contacts-btn-list = « To the list
contact-card =
    👤 <b>{ $phone }</b>
    Note: { $extra }
    Variables:
    { $variablesHtml }
    Added: { $created }
contact-variable = • <code>{ $key }</code> = { $value }
contact-no-variables = —
contact-btn-delete = 🗑 Delete contact
contact-btn-back = « To the contacts
contact-delete-confirm = Delete { $phone } from the list?
contact-btn-delete-yes = 🗑 Yes, delete
contact-deleted = ✅ { $phone } is removed from the list.
contact-delete-refused = ⛔ AutoCall did not delete the contact: { $reason }

## Nonexistent numbers
nonexistent-title = ⚠️ <b>Nonexistent numbers in “{ $name }”</b>: { $count }
nonexistent-row = • <code>{ $phone }</code>{ $extra }
nonexistent-more = …and { $count } more
nonexistent-explain = Operators reported that these numbers do not exist. Delete them from the list, or keep them and clear the mark.
nonexistent-btn-delete = 🗑 Delete them from the list
nonexistent-btn-keep = 🙈 Keep them
nonexistent-none = This list has no nonexistent numbers.
nonexistent-deleted = ✅ Nonexistent numbers deleted from the list: { $count }.
nonexistent-kept = ✅ The numbers are kept ({ $count }); the mark is cleared.

## Rename wizard (lists, audio, scenarios)
rename-done = ✅ Renamed: “{ $before }” → “{ $after }”.
rename-too-long = The name has { $length } characters; at most { $max } are allowed. Send a shorter one.
