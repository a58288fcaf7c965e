## Audio (/sounds)
cmd-sounds = audio recordings
menu-sounds = 🔊 Audio

sounds-title = <b>Audio</b>: { $total } · page { $page } of { $pages }
sounds-empty =
    <b>Audio</b>
    There is no audio yet. Synthesize speech from a text or upload a recording.
sounds-row = { $position }. <b>{ $name }</b> — { $duration } · { $stateHtml }
sound-state-approved = ✓ approved
sound-state-moderation = ⏳ on moderation
sound-state-denied = ✗ denied: { $comment }
sounds-btn-new = ➕ New audio
sounds-btn-answers = 🎙 Voice answers from campaigns

## A sound's card
sound-card =
    🔊 <b>{ $name }</b>
    Length: { $duration }
    Moderation: { $stateHtml }
    Used in campaigns: { $used }
    Created: { $created }
sound-btn-listen = ▶️ Listen
sound-btn-rename = ✏️ Rename
sound-btn-delete = 🗑 Delete
sound-btn-call = 📞 Use in a call campaign
sound-btn-all = « All audio
sound-delete-confirm = Delete the audio <b>{ $name }</b>? It cannot be undone.
sound-btn-delete-yes = 🗑 Yes, delete
sound-deleted = ✅ The audio “{ $name }” is deleted.
sound-delete-refused = ⛔ AutoCall did not delete the audio: { $reason }
sound-rename-title = Renaming audio
sound-rename-prompt = ✏️ Send a new name for the audio <b>{ $name }</b> (up to { $max } characters).
sound-listen-caption = 🔊 { $name } · { $duration }
sound-listen-failed = AutoCall did not give the audio file right now. Try again in a minute.

## Voice answers of interactive campaigns
answers-campaigns-title = 🎙 <b>Interactive campaigns</b>: { $total } · page { $page } of { $pages }
    Choose a campaign to hear what people answered.
answers-campaigns-empty = 🎙 There are no interactive campaigns yet. Voice answers appear when a campaign's scenario has a recording step.
answers-campaigns-latest-only = Only the latest campaigns are shown.
answers-campaign-row = { $position }. <b>{ $name }</b> — { $created }
answers-btn-sounds = « Audio
answers-calls-title =
    🎙 <b>{ $name }</b>
    Calls { $from }–{ $to } of { $total }; with voice answers among them: { $answered }.
answers-btn-campaigns = « Campaigns
answers-call-title = 🎙 Answers of <b>{ $phone }</b>{ $extra } · { $date }
answers-call-none = 🎙 <b>{ $phone }</b>{ $extra } left no voice answers · { $date }
answers-file-row = { $position }. <code>{ $file }</code>
answers-btn-download = ⬇️ { $position }
answers-btn-transcript = 📝 Text { $position }
answers-btn-calls = « Calls of the campaign
answers-audio-caption = 🎙 Answer { $position } · { $phone }
answers-transcript-confirm = 📝 Turn answer { $position } of { $phone } into text?
answers-transcript-price = Speech recognition is paid from the balance: { $price } per second of the recording.
answers-transcript-price-unknown = Speech recognition is paid from the balance at your tariff's price.
answers-btn-transcript-yes = 📝 Yes, get the text
answers-transcript = 📝 Answer { $position } of { $phone }:
    <i>{ $text }</i>
answers-transcript-empty = 📝 Answer { $position } of { $phone }: no speech was recognised.
answers-transcript-no-funds = Not enough money on the balance for speech recognition. Top up and try again.
answers-transcript-no-funds-balance = Not enough money for speech recognition: the balance is { $balance }. Top up and try again.
