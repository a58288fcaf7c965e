## SMS campaigns: /bulks
cmd-bulks = SMS campaigns: status, delivery, export
menu-bulks = 💬 SMS campaigns

## List
bulks-list =
    <b>💬 SMS campaigns</b> of “{ $account }”
    { $filter }: { $count }
bulks-list-empty = No SMS campaigns here.
bulks-btn-new = ➕ New SMS campaign
bulks-gone = This SMS campaign no longer exists: it was deleted.

## Card
bulk-card-title = 💬 <b>{ $name }</b> (#{ $id })
bulk-card-schedule = Start: { $date }, { $time } (Almaty time)
bulk-card-recipients = Recipients: { $recipients } · segments per SMS: { $segments }
bulk-card-text =
    Text:
    <blockquote>{ $text }</blockquote>
bulk-btn-messages = 📋 Messages

## Messages
message-status-queued = queued
message-status-new = created
message-status-sent = sent
message-status-pending = awaiting report
message-status-delivered = delivered
message-status-failed = failed
message-status-expired = expired
message-status-undeliverable = undeliverable
message-status-rejected = rejected by the operator
message-status-disabled = removed
bulk-messages-title = 📋 <b>{ $name }</b>: messages { $from }–{ $to } of { $total }. Tap a number for details.
bulk-messages-empty = 📋 <b>{ $name }</b>: no messages yet.
bulk-btn-back-to-bulk = « To the SMS campaign
bulk-btn-back-to-messages = « To the messages
bulk-message-title = 💬 { $numberHtml } — SMS campaign “{ $name }”
bulk-message-operator = Operator: { $provider }
bulk-message-sent = Sent: { $at }
bulk-message-status-time = Status changed: { $at }

## Delete
bulk-delete-confirm =
    Delete the SMS campaign “{ $name }” ({ $status })?
    Its messages and their statuses disappear from AutoCall. This cannot be undone.
bulk-delete-running = “{ $name }” is sending right now and cannot be deleted. Wait until it finishes.
bulk-deleted = SMS campaign “{ $name }” deleted.

## Messages export (CSV columns)
bulk-export-caption = 📄 Messages of the SMS campaign “{ $name }” (#{ $id })
bulk-csv-id = Message ID
bulk-csv-number = Number
bulk-csv-extra = Note
bulk-csv-status = Status
bulk-csv-operator = Operator
bulk-csv-sent = Sent
bulk-csv-status-time = Status changed
bulk-csv-variables = Variables
bulk-csv-created = Created
