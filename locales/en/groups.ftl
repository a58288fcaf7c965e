## Group chats: /bind, /unbind
cmd-bind = bind this group to your account
cmd-unbind = unbind this group from the account
groups-not-bound = This group is not bound to an AutoCall account. The account owner can bind it: /bind
groups-not-bound-short = This group is not bound to an account. The owner can bind it with /bind.
groups-private-only = This is done in a private chat with me, so that the group does not see it. Open the chat and repeat it there.
groups-bind-in-group = /bind and /unbind work in a group: add me to the group and send the command there.
groups-bind-not-owner = Only an account owner can bind a group. Link your key in a private chat with me first.
groups-bind-choose = Which account should this group work with?
groups-bound =
    ✅ This group now works with the account “{ $account }”.
    Everyone acts here with their own role in the team: support and up can send /flash, people without a role are refused.
groups-already-bound = This group already works with the account “{ $account }”.
groups-bound-elsewhere = This group is bound to an account you do not own. Its owner can /unbind it first.
groups-unbound = This group no longer works with the account “{ $account }”.
