## Confirmed numbers: add and verify
verify-title = Confirm a number
verify-ask-number =
    Send the mobile number to confirm (or share it as a contact). AutoCall will call it at once: the last 5 digits of the calling number are the code.
    An unconfirmed number is forgotten after { $minutes } minutes.
verify-current-number = Now: { $number }
verify-btn-keep-number = Keep { $number }
verify-already = { $number } is confirmed already.
verify-refused = AutoCall did not take the number: { $reason }
verify-ask-code =
    📞 AutoCall is calling <b>{ $number }</b>. Do not answer: look at the calling number and send its <b>last 5 digits</b>.
    Minutes left to confirm: { $minutes }. No call? Tap “Call again”.
verify-btn-call-again = 📞 Call again
verify-call-ringing = The call went out a moment ago. Wait for it, or tap “Call again” in { $seconds } s.
verify-bad-code = “{ $typed }” is not a code: send the 5 last digits of the number that called.
verify-expired = The { $minutes } minutes are over and AutoCall forgot the number. Tap “Call again” for a new call.
verify-wrong-code = AutoCall did not accept the code { $code }: { $reason } Check the last 5 digits of the calling number and send them again.
verify-done = ✅ { $number } is confirmed.
verify-btn-another = ☎️ Confirm another number
