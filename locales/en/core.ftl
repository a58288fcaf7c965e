## Roles
role-owner = owner
role-manager = manager
role-support = support
role-viewer = viewer

## Common buttons
btn-back = « Back
btn-cancel = ✖ Cancel
btn-main-menu = ☰ Main menu
btn-language = 🌐 Язык / Тіл / Language
btn-link-key = 🔑 Link my AutoCall API key
btn-try-demo = 🧪 Try the demo account
btn-open-private = Open a private chat with the bot
btn-topup = 💳 Top up

## Commands (Telegram menu and /help)
cmd-start = get started
cmd-menu = main menu
cmd-account = my accounts, switch
cmd-team = team: invites and roles
cmd-lang = language
cmd-help = what the bot can do
cmd-cancel = leave the current wizard
cmd-logout = unlink the account

## Onboarding
start-welcome =
    Hello, { $name }! I am the <b>AutoCall.kz</b> bot: voice autodial campaigns, SMS campaigns and flash calls right from Telegram.

    Link the API key of your AutoCall account, or try everything on a demo account — nothing is charged there.
start-welcome-invite-only =
    Hello, { $name }! I am the <b>AutoCall.kz</b> bot.

    Access is by invitation. Ask your account owner to send you an invite link.
start-back = Welcome back! You are working in the account { $labelHtml }.
start-group = In this group I work by commands. See /help.
access-invite-only = This bot is invite-only: only administrators can link keys. Ask your account owner for an invite.
demo-off = The demo account is switched off on this bot.
demo-ready = 🧪 Your demo account is ready. Everything works as for real, but no money is charged and no calls are made.

## Linking a key
link-ask-key =
    <b>Link an account</b>

    Send your API key: on autocall.kz it is under <b>Settings → API</b>.
    I will delete the message with the key right away.
link-ask-new-key =
    <b>New key</b>

    AutoCall no longer accepts the old key. Send a new one from <b>Settings → API</b> on autocall.kz — I will delete the message right away.
link-private-only = I take keys only in a private chat, so that group members do not see them.
link-need-text = Send the key as text in one message, or tap Cancel.
link-command-while-waiting = I am waiting for the API key. Send it or tap Cancel (/cancel).
link-finish-first = First send the key or tap Cancel.
link-key-deleted = 🔒 The message with the key was deleted from the chat.
link-key-not-deleted = ⚠️ I could not delete the message with the key — please delete it yourself.
link-key-shape = This does not look like an API key: a key is one line of Latin letters, digits and signs, without spaces. Copy it whole and send it again.
link-rejected = AutoCall did not accept this key. Check it under <b>Settings → API</b> and send it again.
link-unavailable = AutoCall is not answering right now, so the key could not be checked. Send it again a little later.
link-forbidden = Only the account owner can replace the key.
link-done = ✅ The key is checked and stored encrypted.

## Accounts
account-label = “{ $name }”
account-label-demo = “{ $name }” <b>[DEMO]</b>
account-card =
    Account { $labelHtml }
    Tariff: call { $callPrice }/s, SMS { $smsPrice }
    Balance: <b>{ $balance }</b>
account-list =
    <b>Your accounts</b>
    { $listHtml }
account-none = You have no linked accounts yet.
account-btn-switch = Switch to “{ $name }”
account-btn-relink = 🔑 New key for “{ $name }”
account-btn-all = All accounts
logout-confirm-owner = Unlink the account { $labelHtml }? The key will be removed from the bot and the whole team loses access to it here. Nothing changes on the AutoCall portal.
logout-confirm-member = Leave the team of the account { $labelHtml }? You can come back only with a new invite.
logout-btn-unlink = Unlink
logout-btn-leave = Leave
logout-unlinked = The account “{ $account }” is unlinked and its key removed. Its audit log is kept for 90 days: link the same key again to continue it.
logout-left = You left the team of the account “{ $account }”.

## Access checks
guard-no-account = Link an AutoCall account first: /start
guard-not-member = You have no role in this account. Ask the owner for an invite.
guard-needs-relink = AutoCall no longer accepts the key of the account “{ $account }”. The owner can link a new one: /account → “New key”.
guard-forbidden = Your role ({ $role }) cannot do this. It needs { $needed } or higher.
stale-button = This button is outdated. Open the section again.

## Team
team-list =
    <b>Team of the account “{ $account }”</b>
    Members: { $count }. Tap a member to change their role or remove them.
team-btn-invite = ➕ Invite: { $role }
team-btn-make = Make { $role }
team-btn-remove = 🗑 Remove from the team
team-btn-remove-yes = Yes, remove
team-btn-share = Forward the invite
team-member =
    <b>{ $name }</b> (id { $id })
    Role: { $role }
team-member-self =
    <b>{ $name }</b> (id { $id }) — this is you.
    Role: { $role }
team-remove-confirm = Remove { $name } ({ $role }) from the team? Access ends at once.
team-invite-created =
    Invite with the role <b>{ $role }</b>:
    { $link }

    The link works once and is valid for { $hours } h.
invite-card =
    { $inviter } invites you to the account <b>“{ $account }”</b> with the role <b>{ $role }</b>.
invite-btn-accept = ✅ Accept
invite-btn-decline = Decline
invite-accepted = Done! You are in the team of the account “{ $account }” as { $role }.
invite-declined = Invite declined.
invite-invalid = This invite has been used or has expired. Ask for a new one.
invite-already-member = You are already in the team of the account “{ $account }” as { $role }.
invite-joined = { $name } accepted the invite to the account “{ $account }” as { $role }.

## Menu, language, help
menu-title =
    <b>Main menu</b>
    Account { $labelHtml }, your role: { $role }
menu-no-account = <b>Main menu</b>
menu-outdated = Menu updated.
menu-account = 👤 Accounts
menu-team = 👥 Team
menu-language = 🌐 Language
menu-help = ❓ Help
lang-choose = Choose a language:
lang-set = Done, I speak English now.
help =
    <b>What I can do</b>
    { $commandsHtml }

    /cancel leaves any wizard at any moment.
unknown-message = I did not understand that. Open /menu or see /help.
flood-slow-down = Too fast. Wait a couple of seconds.

## Wizards
wizard-cancelled = Cancelled.
wizard-nothing-to-cancel = Nothing to cancel.
wizard-already-closed = This wizard is already closed.

wizard-step = <b>{ $title }</b> · step { $step }/{ $of }
wizard-expired = The wizard is closed: it was not used for over a day. Start again whenever it suits you.
wizard-access-lost = The wizard is closed: you no longer have the rights for this in this account.
wizard-unexpected = Here I expect: { $expected }.
wizard-kind-text = text
wizard-kind-choice = a button tap
wizard-kind-document = a file
wizard-kind-audio = a voice message or an audio file
wizard-kind-contact = a contact
wizard-reply-in-group = ↩️ In a group, answer by replying to this message.

## AutoCall errors
err-unauthenticated = AutoCall no longer accepts the key of the account “{ $account }”. The owner can link a new one: /account → “New key”.
err-insufficient-funds = Not enough money on the balance. Top up and try again.
err-insufficient-funds-balance = Not enough money: the balance is { $balance }. Top up and try again.
err-forbidden = AutoCall refused: { $reason }
err-not-found = AutoCall does not have this — it may have been deleted. Open the list again.
err-conflict = Conflict: { $reason }
err-validation =
    AutoCall did not accept the data:
    { $fieldsHtml }
err-rate-limited = AutoCall asks to wait: too many requests. Try again in a minute.
err-unavailable = AutoCall is not answering right now. Try again in a couple of minutes.
err-aborted = The request was cancelled.
err-internal = Something went wrong. The error is recorded; please try again.
