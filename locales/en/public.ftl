## Public: /tariffs, /testcall (no account needed)
cmd-tariffs = AutoCall tariffs and prices
cmd-testcall = a free test call to your phone
menu-tariffs = 🏷 Tariffs

tariffs-card =
    🏷 <b>AutoCall tariffs</b>
    Prices in { $currency } per unit. The plan follows the balance: the more you keep on it, the cheaper each unit.
    { $tableHtml }
    <i>{ $note }</i>
tariffs-none = AutoCall has not published its tariffs right now. Try again later.
tariffs-row-threshold = from balance
tariffs-row-call = call, 1 s
tariffs-row-sms = SMS
tariffs-row-synthesis = synthesis
tariffs-row-speech = recognition
tariffs-row-recording = recording
tariffs-btn-test-call = 📞 Free test call

testcall-ask =
    📞 <b>Test call</b>
    Send the Kazakh mobile number to call, for example <code>+7 701 123 45 67</code>. AutoCall will call it within a couple of minutes.
testcall-ask-again = Send the phone number as text, or tap Cancel.
testcall-finish-first = First send the number or tap Cancel.
testcall-private-only = Test calls are ordered in a private chat with the bot.
testcall-usage = Send /testcall and the number, e.g. <code>/testcall +7 701 123 45 67</code>.
testcall-phone-invalid = “{ $input }” is not a Kazakh phone number. Example: +7 701 123 45 67.
testcall-phone-code = Test calls go to Kazakh numbers only; the code { $code } is not one of them. Codes accepted: { $codes }.
testcall-called = ✅ The test call to { $number } is on its way: expect it within 1–2 minutes.
testcall-unavailable =
    AutoCall cannot place a test call now. Test calls run from 09:00 to 21:30 Almaty time.
    AutoCall says: { $reason }
testcall-too-many =
    Too many test calls: a number gets one a day, and only two calls a minute can be ordered. Try another number or come back later.
    AutoCall says: { $reason }
testcall-refused =
    AutoCall refused to call this number (it is blocked).
    AutoCall says: { $reason }
testcall-person-limit = You have ordered { $count } test calls today — that is the daily limit here. Come back tomorrow.
