# العربية: ما تقوله كل بطاقة عن الحالة المباشرة لميزتها كما تبلغ عنها WorkOS. ترجمة فريق
# Portico، ولم يراجعها متحدث أصلي بعد: يجب مراجعتها قبل أن يعتمد عليها أي عميل.

status-sso-none = لم يتم ربط أي مزوّد هوية بعد.
status-sso-active = { $provider } نشط.
status-sso-several-active = الاتصالات النشطة ({ $count }): { $providers }.
status-sso-saved = تم حفظ { $provider }، لكنه غير نشط بعد.
# ‎$state‎ هي الكلمة التي تصف بها WorkOS حالة الاتصال (بالإنجليزية).
status-sso-broken = { $state ->
    [inactive] { $provider } غير نشط منذ { $date }: لا يمكن لأحد تسجيل الدخول من خلاله.
    [deleting] { $provider } قيد الحذف منذ { $date }: لا يمكن لأحد تسجيل الدخول من خلاله.
   *[other] { $provider } في الحالة «{ $state }» منذ { $date }: لا يمكن لأحد تسجيل الدخول من خلاله.
}

status-directory-counts = { PLURAL($users) ->
    [zero] { $users } مستخدم
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $users } مستخدمين
    [many] { $users } مستخدمًا
   *[other] { $users } مستخدم
}، { PLURAL($groups) ->
    [zero] { $groups } مجموعة
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $groups } مجموعات
    [many] { $groups } مجموعة
   *[other] { $groups } مجموعة
}
status-directory-quiet = لم يزامن { $provider } أي تغيير منذ { $date }: تحقّق من أن المزامنة لا تزال تعمل.
status-directory-syncing-counted-changed = { $provider } قيد المزامنة ({ $counts })؛ آخر تغيير في { $date }.
status-directory-syncing-changed = { $provider } قيد المزامنة؛ آخر تغيير في { $date }.
status-directory-syncing-counted = { $provider } قيد المزامنة ({ $counts }).
status-directory-syncing = { $provider } قيد المزامنة.
status-directory-credentials = { $provider }: لم تتمكن WorkOS من تسجيل الدخول إلى الدليل منذ { $date }.
status-directory-saved = { $provider } متصل، لكن المزامنة لم تبدأ بعد.
status-directory-none = لم يتم ربط أي دليل بعد.

# ‎$domains‎ قائمة («a.example، وb.example وc.example»).
status-domains-waiting = { PLURAL($count) ->
    [zero] { $domains } بانتظار سجلات DNS الخاصة بها.
    [one] { $domains } بانتظار سجل DNS الخاص به.
    [two] { $domains } بانتظار سجلَّي DNS الخاصين بهما.
    [few] { $domains } بانتظار سجلات DNS الخاصة بها.
    [many] { $domains } بانتظار سجلات DNS الخاصة بها.
   *[other] { $domains } بانتظار سجلات DNS الخاصة بها.
}
status-domains-failed = فشل التحقق من { $domains } في { $date }: تحقّق من سجل DNS.
# ‎$waiting‎ هي الجملة السابقة.
status-domains-progress = النطاقات التي تم التحقق منها: { $done } من أصل { $total }؛ { $waiting }
status-domains-verified = تم التحقق من: { $domains }.
status-domains-none = لم يتم التحقق من أي نطاق بعد.

status-stream-https-endpoint = نقطة نهاية HTTPS
status-stream-none = لم يتم إعداد أي تدفق للسجلات.
status-stream-active = يجري البث إلى { $destination }.
status-stream-saved = تم الإعداد للبث إلى { $destination }، لكن البث لم يبدأ بعد.
status-stream-failing = يفشل البث إلى { $destination }.
# سجلات التدقيق في WorkOS، وليست قائمة النشاط في Portico.
status-audit-logs-kept = { PLURAL($days) ->
    [zero] تحتفظ WorkOS بأحداث سجل التدقيق الخاصة بك لمدة { $days } يوم.
    [one] تحتفظ WorkOS بأحداث سجل التدقيق الخاصة بك لمدة يوم واحد.
    [two] تحتفظ WorkOS بأحداث سجل التدقيق الخاصة بك لمدة يومين.
    [few] تحتفظ WorkOS بأحداث سجل التدقيق الخاصة بك لمدة { $days } أيام.
    [many] تحتفظ WorkOS بأحداث سجل التدقيق الخاصة بك لمدة { $days } يومًا.
   *[other] تحتفظ WorkOS بأحداث سجل التدقيق الخاصة بك لمدة { $days } يوم.
}
status-audit-logs-off = سجلات التدقيق غير مفعّلة.

status-certificate-a-connection = اتصال SAML
status-certificate-expired = { $connection }: انتهت صلاحية شهادة SAML في { $date }. جدّدها ليتمكن المستخدمون من تسجيل الدخول.
# ‎$when‎ هي «اليوم» أو «غدًا» أو «بعد 12 يومًا».
status-certificate-expires = { $connection }: تنتهي صلاحية شهادة SAML في { $date } ({ $when }).
status-certificate-renewed-until = تم تجديد الشهادة في { $date }، وهي صالحة حتى { $until }.
status-certificate-renewed = تم تجديد الشهادة في { $date }.
status-certificate-none-expiring = لم تُبلغ WorkOS عن أي شهادة توشك صلاحيتها على الانتهاء خلال آخر 30 يومًا.

status-key-verified-in = تم التحقق من مفتاحك في { $service } بتاريخ { $date }.
status-key-verified = تم التحقق من مفتاحك بتاريخ { $date }.
status-key-unverified-in = تعذّر التحقق من مفتاحك في { $service } بتاريخ { $date }: تأكّد من أن WorkOS مسموح لها باستخدامه، ثم اربطه مجددًا.
status-key-unverified = تعذّر التحقق من مفتاحك بتاريخ { $date }: تأكّد من أن WorkOS مسموح لها باستخدامه، ثم اربطه مجددًا.
status-key-removed = تمت إزالة مفتاحك بتاريخ { $date }.

status-unavailable = الحالة غير متاحة حاليًا.
status-portal-opened-by = بدأ { $email } هذا الإعداد بتاريخ { $date }.
status-portal-opened = بدأ أحد المسؤولين هذا الإعداد بتاريخ { $date }.
status-portal-never-opened = لم يبدأ أحد هذا الإعداد بعد.
# ‎$reason‎ جملة مستقلة؛ و‎$age‎ تقول منذ متى («قبل 5 دقائق»).
status-stale = { $reason } يُعرض ما أبلغت عنه WorkOS { $age }.

age-under-a-minute = قبل أقل من دقيقة
age-minutes = { PLURAL($minutes) ->
    [zero] قبل { $minutes } دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $minutes } دقائق
    [many] قبل { $minutes } دقيقة
   *[other] قبل { $minutes } دقيقة
}
age-hours = { PLURAL($hours) ->
    [zero] قبل { $hours } ساعة
    [one] قبل ساعة واحدة
    [two] قبل ساعتين
    [few] قبل { $hours } ساعات
    [many] قبل { $hours } ساعة
   *[other] قبل { $hours } ساعة
}
