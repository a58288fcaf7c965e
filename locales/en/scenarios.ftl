## Scenarios (/scenarios)
cmd-scenarios = interactive scenarios
menu-scenarios = 🧩 Scenarios

scenarios-title = <b>Scenarios</b>: { $total } · page { $page } of { $pages }
scenarios-empty =
    <b>Scenarios</b>
    There are no scenarios yet. A scenario leads an interactive call: what is played, which keys lead where, what is recorded. Make one in the AutoCall editor and send its JSON file here.
scenarios-row = { $position }. <b>{ $name }</b> — up to { $cost } a call · { $stateHtml }
scenarios-btn-new = ➕ New from a JSON file
scenario-state-approved = ✓ approved
scenario-state-moderation = ⏳ on moderation
scenario-state-denied = ✗ denied: { $comment }

## A scenario's card
scenario-card =
    🧩 <b>{ $name }</b>
    Moderation: { $stateHtml }
    One call costs at most: { $cost }
    Used in campaigns: { $used }
    Created: { $created }

    <b>Structure</b>
    { $outlineHtml }
scenario-outline-empty = — (empty)
scenario-outline-more = …and { $count } more lines: the whole structure is in the JSON file.
scenario-btn-json = ⬇️ JSON file
scenario-btn-rename = ✏️ Rename
scenario-btn-replace = 📤 Replace from a file
scenario-btn-delete = 🗑 Delete
scenario-btn-call = 📞 Use in a campaign
scenario-btn-all = « All scenarios
scenario-delete-confirm = Delete the scenario <b>{ $name }</b>? It cannot be undone.
scenario-btn-delete-yes = 🗑 Yes, delete
scenario-deleted = ✅ The scenario “{ $name }” is deleted.
scenario-delete-refused = ⛔ AutoCall did not delete the scenario: { $reason }
scenario-json-caption = 🧩 “{ $name }”: the scenario's structure
scenario-rename-title = Renaming a scenario
scenario-rename-prompt = ✏️ Send a new name for the scenario <b>{ $name }</b> (up to { $max } characters).

## Scenario from a file (wizard)
scenario-new-title = New scenario
scenario-replace-title = New structure of a scenario
scenario-upload-ask = Send the scenario as a JSON file (up to { $max } MB), or paste the JSON as a message.
scenario-replace-ask = Send the new structure of <b>{ $name }</b> as a JSON file (up to { $max } MB), or paste the JSON as a message. The scenario goes to moderation again.
scenario-upload-too_big = The file is larger than { $max } MB: that is not a scenario. Send the scenario's JSON file.
scenario-upload-unavailable = Telegram did not give me the file. Send it once more.
scenario-upload-not_utf8 = The file is not in UTF-8. Save it as UTF-8 (any editor can) and send it again.
scenario-upload-expired = The file was kept for a day and is gone. Send it again.
scenario-json-invalid = This is not valid JSON: line { $line }, column { $column } — { $reasonHtml } ({ $foundHtml }). Fix it and send the file again.
scenario-json-found = found <code>{ $char }</code>
scenario-json-found-end = the text ends there
scenario-json-empty = the file is empty
scenario-json-unexpected_end = the text ends too early: a bracket or a quote is not closed
scenario-json-unexpected_character = a value was expected (text in double quotes, a number, true, false, null, an object or a list)
scenario-json-trailing_comma = a comma before a closing bracket is not allowed in JSON
scenario-json-expected_property_name = a name in double quotes was expected
scenario-json-expected_colon = a colon after the name was expected
scenario-json-expected_comma_or_end = a comma or a closing bracket was expected
scenario-json-bad_string = a text value has a line break or a wrong \ escape
scenario-json-bad_number = a number is written wrongly
scenario-json-trailing_content = something follows the end of the JSON
scenario-name-ask = Name the scenario (up to { $max } characters).
scenario-name-use = Use “{ $name }”
scenario-created = ✅ The scenario is created and sent to moderation.
scenario-replaced = ✅ The structure is replaced; the scenario is on moderation again.
