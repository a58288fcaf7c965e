## Flash calls: /flash
cmd-flash = flash call with a code to a customer's number
menu-flash = ⚡ Flash call
flash-ask-number = Which number should get the flash call? Any format: <code>+7 701 123 45 67</code>, <code>87011234567</code>… (/cancel to stop)
flash-ask-digits = How many digits should the code for { $number } have? Send a number from { $min } to { $max }.
flash-ask-code = Which code should { $number } see? From { $min } to { $max } digits.
flash-bad-digits = “{ $typed }” is not a code length: send a number from { $min } to { $max }.
flash-bad-code = “{ $typed }” is not a code: { $min } to { $max } digits.
flash-sent =
    ⚡ Flash call sent to <b>{ $number }</b>
    <pre>{ $code }</pre>
    The customer sees a missed call from a number ending in these { $digits } digits.
    Sent by { $name } ({ $role }). Calls left to this number: { $left } of { $limit } in 5 minutes.
flash-btn-again = 🔁 Send again
flash-btn-own = ✏️ Send with my own code
flash-btn-auto = 🎲 Send with an automatic code
flash-btn-relink = 🔑 Link a new key
flash-already-sent = This flash call has already been sent.
flash-wait = { $number } has had { $limit } flash calls in the last 5 minutes, the most AutoCall allows. Try again in { $wait }.
flash-server-wait = AutoCall allows { $limit } flash calls to { $number } in 5 minutes. Try again in { $wait }.
flash-no-money = Not enough money on the balance for a flash call. Top up and send again.
flash-no-money-ask-manager = Not enough money on the balance for a flash call. Ask a manager or the owner to top up the account.
flash-own-code-unavailable = AutoCall has no number ending in { $code } right now, so { $number } cannot get this code. An automatic code always works.
flash-key-refused = AutoCall no longer accepts the key of the account “{ $account }”, so nothing was sent. The owner has been told and can link a new key.
flash-key-refused-owner = AutoCall no longer accepts the key of the account “{ $account }”, so nothing was sent. Link a new key from Settings → API on autocall.kz.
flash-key-refused-notice = ⚠️ { $name } could not send a flash call: AutoCall no longer accepts the key of the account “{ $account }”. Link a new key from Settings → API on autocall.kz.
flash-history =
    <b>⚡ Last flash calls: { $count }</b>
    { $listHtml }
flash-history-empty = No flash calls have been sent from this account yet.
flash-failed-money = not enough money
flash-failed-refused = refused by AutoCall
flash-failed-limit = too many calls to the number
flash-failed-key = the key was refused
flash-failed-other = not sent
flash-settings =
    <b>⚡ Flash calls of “{ $account }”</b>
    Automatic codes have <b>{ $digits }</b> digits. Choose another length ({ $min }–{ $max }):

## Phone numbers people type
phone-problem-empty = Send a phone number.
phone-problem-characters = “{ $char }” has no place in a phone number.
phone-problem-excel = The number is in Excel's scientific format (7,70E+10): its digits are lost. Type it out in full.
phone-problem-length = A Kazakh number has 10 digits after +7, this one has { $digits } digits in all.
phone-problem-russian = This is a Russian number; only Kazakh numbers can be called.
phone-problem-foreign = This is not a Kazakh number.
phone-problem-code = Numbers with the code { $code } cannot get this call. Codes accepted: { $codes }.
