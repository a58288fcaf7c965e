## Қоңырау шалатын нөмірлер: /callerids
cmd-callerids = қоңырау шалуға жалға алынған нөмірлер
menu-callerids = 📞 Қоңырау нөмірлері

callerids-list =
    { $noticeHtml }📞 <b>Қоңырау шалатын нөмірлер</b>
    { $limitsHtml }

    { $rentalsHtml }
callerids-tariff = Тарифіңіз { $max } нөмірді жалға алуға мүмкіндік береді, әрқайсысы айына { $price }; қазір жалға алынғаны: { $count }.
callerids-tariff-none = Тарифіңізде нөмір жалға алу жоқ: Silver — 1, Gold — 2 нөмір.
callerids-none = Жалға алынған нөмір жоқ.
callerids-rental = { $index }. <b>{ $number }</b> · { $provider } — { $until } дейін · { $left }
callerids-rental-soon = { $index }. ⚠️ <b>{ $number }</b> · { $provider } — { $until } дейін · <b>{ $left }</b>
callerids-days-left =
    { $days ->
        [0] бүгін аяқталады
       *[other] { $days } күн қалды
    }
callerids-btn-release = 🗑 { $number } босату
callerids-btn-rent = ➕ Нөмір жалға алу
callerids-btn-refresh = 🔄 Жаңарту
callerids-btn-release-yes = 🗑 Иә, босату
callerids-btn-back = « Нөмірлер
callerids-btn-list = 📞 Қоңырау нөмірлері
callerids-release-confirm =
    <b>{ $number }</b> нөмірін мерзімінен бұрын босатасыз ба? Ол { $until } дейін жалға алынған ({ $left }).
    ⚠️ Ақша қайтарылмайды, ал нөмірді басқа біреу жалға алуы мүмкін.
callerids-released = ✅ { $number } нөмірі босатылды.
callerids-gone = Бұл нөмір енді жалға алынбаған — міне, қазіргі тізім.

callerids-rent-title = Нөмір жалға алу
callerids-rent-ask =
    AutoCall пулындағы бос нөмірдің id-ін жіберіңіз (порталда: «Нөмірлер» → «Қолжетімді»).
    Нөмір айына { $price } тұрады; тариф { $max } нөмірге рұқсат береді, жалға алынғаны { $count }.
callerids-rent-bad-id = Нөмірдің пулдағы id-ін жіберіңіз — тек цифрлар, мысалы <code>42</code>.
callerids-rent-summary =
    Пулдағы №{ $id } нөмірді бір айға жалға аласыз ба?
    { $price } шегеріледі: баланс { $balance } орнына { $after } болады.
callerids-rent-summary-short =
    Пулдағы №{ $id } нөмірді бір айға жалға аласыз ба?
    Жалдау { $price } тұрады, ал балансте { $balance }: { $after } жетпейді. Балансты толтырмасаңыз, AutoCall бас тартады.
callerids-btn-rent-confirm = ✅ { $price } төлеп жалға алу
callerids-renting = ⏳ №{ $id } нөмірді жалға алып жатырмын…
callerids-rented = ✅ <b>{ $number }</b> нөмірі { $until } дейін жалға алынды; { $price } шегерілді. Келесі науқанда оны қоңырау шалатын нөмір ретінде таңдаңыз.
callerids-rent-no-money =
    Ақша жетпейді: жалдау { $price }, балансте { $balance }. Балансты толтырып, қайталаңыз.
    AutoCall жауабы: { $reason }
callerids-rent-limit =
    Тарифіңіз бұдан артық нөмір жалға алуға мүмкіндік бермейді (шегі — { $max }). Бір нөмірді босатыңыз немесе үлкенірек тарифке өтіңіз.
    AutoCall жауабы: { $reason }
callerids-rent-taken = №{ $id } нөмірді басқа клиент алып қойған ({ $reason }). Басқа id жіберіңіз.
callerids-rent-no-such = Пулда бос №{ $id } нөмір жоқ ({ $reason }). id-ді тексеріп, қайта жіберіңіз.
