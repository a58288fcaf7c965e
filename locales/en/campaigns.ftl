## Call campaigns: /campaigns
cmd-campaigns = call campaigns: status, calls, export
menu-campaigns = 📞 Call campaigns

## Campaign statuses (call and SMS campaigns)
campaign-status-running = running
campaign-status-awaiting = awaiting start
campaign-status-moderation = in moderation
campaign-status-completed = completed
campaign-status-denied = denied

## Lists (shared by call and SMS campaigns)
campaigns-filter-all = All
campaigns-list-partial = Read { $read } of { $total } campaigns so far: › reads on.
campaigns-page = Page { $page } of { $pages }
campaigns-btn-refresh = 🔄 Refresh
campaigns-btn-export = ⬇️ Export CSV
campaigns-btn-edit-schedule = ✏️ Edit schedule
campaigns-btn-delete = 🗑 Delete
campaigns-btn-delete-yes = 🗑 Yes, delete
campaigns-btn-back-to-list = « To the list
campaigns-unchanged = Nothing has changed.
campaigns-export-progress = ⏳ Exporting “{ $name }”: { $done } of { $total }…
campaigns-export-done = ✅ Exported “{ $name }”: { $count } rows.
campaigns-export-busy = This export is already running. The file will arrive in this chat.

## Call campaigns list
campaigns-list =
    <b>📞 Call campaigns</b> of “{ $account }”
    { $filter }: { $count }
campaigns-list-empty = No campaigns here.
campaigns-btn-new = ➕ New campaign
campaigns-gone = This campaign no longer exists: it was deleted.

## Campaign card
campaign-card-title = 📞 <b>{ $name }</b> (#{ $id })
campaign-card-status = Status: { $status }
campaign-card-type-regular = Type: regular, audio: { $audio }
campaign-card-type-interactive = Type: interactive, scenario: { $scenario }
campaign-card-schedule = Schedule: from { $date }, calls { $from }–{ $to } (Almaty time)
campaign-card-tries = Tries per number: up to { $tries }, every { $interval } min
campaign-card-caller-id = Caller ID: { $callerId }
campaign-card-caller-id-pool = Caller ID: a random one from the pool
campaign-card-recorded = 🎙 Conversations are recorded
campaign-card-progress = { $bar } { $percent } — { $processed } of { $total } numbers processed
campaign-card-counters =
    ✅ Success: { $success } ({ $successPercent })
    ↩️ Called back: { $recalled }
    🔕 No answer: { $noAnswer }
    📵 Busy: { $busy }
    ❌ Number does not exist: { $error }
    🚫 Spam complaints: { $spam }
campaign-card-talk = 🗣 Talk time: { $talk }
campaign-card-cost = 💰 Maximum cost: { $max }
campaign-card-final-cost = 💰 Final cost: { $final } (maximum was { $max })
campaign-card-finished = Finished: { $at }
campaign-card-comment = 💬 Moderator: { $comment }
campaign-btn-calls = 📋 Calls
campaign-btn-relaunch = 🔁 Call those not reached again

## Calls
call-status-in_queue = in queue
call-status-success = success
call-status-recalled = called back
call-status-no_answer = no answer
call-status-busy = busy
call-status-error = number does not exist
call-status-spam = spam complaint
campaign-calls-title = 📋 <b>{ $name }</b>: calls { $from }–{ $to } of { $total }. Tap a number for details.
campaign-calls-empty = 📋 <b>{ $name }</b>: no calls yet.
campaign-btn-back-to-card = « To the campaign
campaign-call-title = 📞 { $numberHtml } — campaign “{ $name }”
campaign-call-status = Status: { $statusHtml }
campaign-call-in-progress = 📲 Calling this number right now.
campaign-call-tries = Tries: { $tries }
campaign-call-durations = Talk: { $talk }; call back: { $recall }
campaign-call-answers = Scenario answers:
campaign-call-answers-more = …and { $count } more (in the CSV export)
campaign-call-variables = Variables:
campaign-btn-recording = 🎧 Recording
campaign-btn-back-to-calls = « To the calls
campaign-recording-caption = 🎧 Conversation with { $number }
campaign-recording-none = This call has no recording: the campaign was launched without recording, or nobody answered.

## Actions
campaign-delete-confirm =
    Delete the campaign “{ $name }” ({ $status })?
    Its calls and statistics disappear from AutoCall. This cannot be undone.
campaign-delete-running = “{ $name }” is running right now and cannot be deleted. Wait until it finishes.
campaign-deleted = Campaign “{ $name }” deleted.
campaign-relaunch-not-completed = Only a completed campaign can be called again; this one is { $status }.
campaign-relaunch-busy = The list is already being made: look for it in this chat.
campaign-relaunch-done =
    🔁 New list “{ $list }”: { $count } numbers that “{ $campaign }” did not reach.
    Launch a campaign on it?
campaign-relaunch-empty = 🔁 “{ $campaign }” reached every number: the new list “{ $list }” is empty.
campaign-btn-call-list = 📞 Call this list
campaign-btn-open-list = 📋 Open the list

## Calls export (CSV columns)
campaign-export-caption = 📄 Calls of the campaign “{ $name }” (#{ $id })
campaign-csv-id = Call ID
campaign-csv-number = Number
campaign-csv-extra = Note
campaign-csv-status = Status
campaign-csv-tries = Tries
campaign-csv-try-dates = Try dates
campaign-csv-try-statuses = Try outcomes
campaign-csv-last-try = Last try
campaign-csv-talk-seconds = Talk, s
campaign-csv-recall-seconds = Call back, s
campaign-csv-answers = Scenario answers
campaign-csv-variables = Variables
campaign-csv-created = Created
