## Commands and menu
cmd-alerts = alerts: what to receive, recent notifications
menu-alerts = 🔔 Alerts

## Alert messages (pushed by the notifier)
alert-footer = { $labelHtml } · { $time }
alert-autocall-finished = 🏁 <b>Campaign finished</b>: { $name } (№{ $id })
alert-autocall-outcome =
    Success: <b>{ $percent }</b> — { $success } of { $total }
    No answer: { $noAnswer } · busy: { $busy } · errors: { $error }
    Called back: { $recalled } · spam: { $spam }
    Talk time: { $talk }
    Cost: <b>{ $cost }</b>
alert-autocall-no-details = Open the campaign to see its results.
alert-low-balance =
    ⚠️ <b>Low balance</b>: { $balance }
    It fell below the threshold of { $threshold }. Top up so that campaigns keep running.
alert-callerid-expiring =
    📱 <b>Caller ID rental ends soon</b>: { $number }
    Rented until { $until } — { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }.
alert-callerid-expiring-soon = 📱 <b>Caller ID rental ends soon</b>: { $number }
alert-callerid-released = 📴 <b>Caller ID released</b>: { $number }
alert-bulk-finished = 🏁 <b>SMS campaign finished</b>: { $name }
alert-what-autocall = campaign
alert-what-bulk = SMS campaign
alert-what-sound = audio
alert-what-scenario = scenario
alert-moderation-passed = ✅ <b>Moderation passed</b>: { $what } “{ $name }”
alert-moderation-denied = ⛔ <b>Moderation refused</b>: { $what } “{ $name }”
alert-moderation-result = 🛡 <b>Moderation finished</b>: { $what } “{ $name }”
alert-commented = 💬 <b>Moderator’s comment</b> on the { $what } “{ $name }”
alert-comment = <i>{ $comment }</i>
alert-import-complete = 📥 <b>List imported</b>: “{ $name }”
alert-import-complete-count = 📥 <b>List imported</b>: “{ $name }”, { $count } contacts
alert-import-failure = ❌ <b>List import failed</b>: “{ $name }”
alert-nonexistent = ⚠️ <b>Nonexistent numbers</b> in the list “{ $name }”: { $count }
alert-export-ready = 📤 <b>Export ready</b>: { $name }
alert-export-failure = ❌ <b>Export failed</b>: { $name }
alert-balance-deposit = 💳 <b>Balance topped up</b> by { $amount }. Now: { $balance }
alert-balance-withdraw = 💳 <b>Charged</b> { $amount }. Balance: { $balance }
alert-generic = 🔔 <b>Notification</b> { $type }
alert-generic-field = { $name }: { $value }
alert-btn-open = 📂 Open
alert-btn-export = 📄 Export
alert-btn-relaunch = 🔁 Relaunch not reached
alert-btn-topup-amount = 💳 { $amount }
alert-btn-topup-other = 💳 Other amount
alert-btn-callerids = 📱 Caller IDs
alert-btn-relink = 🔑 Link a new key
alert-key-refused = 🔑 AutoCall no longer accepts the key of the account “{ $account }”, so alerts from it have stopped. Link a new key to get them again.
alert-paused-member = ⏸ Alerts of the account “{ $account }” to { $chat } are paused: Telegram says the bot was blocked. They resume when { $chat } writes to the bot again.
alert-paused-group = ⏸ Alerts of the account “{ $account }” to the chat “{ $chat }” are paused: the bot was removed from it or cannot write there. Add the bot back and tap Resume in /alerts there.

## Notification types
alert-type-autocall-finished = Campaign finished
alert-type-low-balance = Low balance
alert-type-caller-id-expiring-soon = Caller ID expiring
alert-type-sound-confirmed = Audio moderation
alert-type-sound-commented = Audio comments
alert-type-sms-bulk-confirmed = SMS moderation
alert-type-sms-bulk-commented = SMS comments
alert-type-sms-bulk-finished = SMS campaign finished
alert-type-scenario-confirmed = Scenario moderation
alert-type-scenario-commented = Scenario comments
alert-type-autocall-confirmed = Campaign moderation
alert-type-autocall-commented = Campaign comments
alert-type-import-complete = List imported
alert-type-import-failure = Import failed
alert-type-nonexistent-contacts-detected = Nonexistent numbers
alert-type-export-is-ready = Export ready
alert-type-export-failure = Export failed
alert-type-refresh-balance = Balance changes
alert-type-caller-id-released = Caller ID released
alert-type-other = New kinds of alerts

## /alerts
alerts-none = nothing
alerts-person =
    🔔 <b>Alerts</b> of the account { $labelHtml }
    You receive: { $types }.
alerts-paused-person = ⏸ Paused: Telegram did not let me write to you. Tap Resume.
alerts-where-you = to you
alerts-where-chat = to this chat
alerts-where-topic = to this topic
alerts-group-title = 🔔 <b>Alerts</b> of the account { $labelHtml } { $where }
alerts-group-off = Not subscribed. Subscribe, and campaign results, low balance and caller ID warnings will come here.
alerts-group-on = Subscribed: { $types }.
alerts-paused-group = ⏸ Paused: I could not write here. Tap Resume once I can.
alerts-types =
    ⚙️ <b>What to send { $where }</b> — account { $labelHtml }
    ✅ are sent. Tap a type to switch it.
alerts-btn-recent = 📬 Recent notifications
alerts-btn-types = ⚙️ Choose types
alerts-btn-resume = ▶️ Resume
alerts-btn-subscribe = 🔔 Subscribe this chat
alerts-btn-unsubscribe = 🔕 Unsubscribe
alerts-btn-read = ✔️ Mark read
alerts-btn-read-all = ✔️ Mark all read
alerts-btn-delete = 🗑 Delete
alerts-recent =
    📬 <b>Notifications</b> of the account { $labelHtml }
    Unread: { $unread } of { $total }

    { $listHtml }
alerts-recent-empty = 📬 The account { $labelHtml } has no notifications.
alerts-recent-line = { $mark } { $time } · { $title }
alerts-card-unread = 🔵 Unread
alerts-card-read = ▫️ Read
