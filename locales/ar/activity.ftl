# العربية: قائمة النشاط وتنزيلها. ترجمة فريق Portico، ولم يراجعها متحدث أصلي بعد:
# يجب مراجعتها قبل أن يعتمد عليها أي عميل.

activity-heading = النشاط الأخير
activity-lead = { PLURAL($days) ->
    [zero] عمليات تسجيل الدخول وروابط الإعداد والتغييرات في هذه المؤسسة، ويُحتفظ بها لمدة { $days } يوم.
    [one] عمليات تسجيل الدخول وروابط الإعداد والتغييرات في هذه المؤسسة، ويُحتفظ بها لمدة يوم واحد.
    [two] عمليات تسجيل الدخول وروابط الإعداد والتغييرات في هذه المؤسسة، ويُحتفظ بها لمدة يومين.
    [few] عمليات تسجيل الدخول وروابط الإعداد والتغييرات في هذه المؤسسة، ويُحتفظ بها لمدة { $days } أيام.
    [many] عمليات تسجيل الدخول وروابط الإعداد والتغييرات في هذه المؤسسة، ويُحتفظ بها لمدة { $days } يومًا.
   *[other] عمليات تسجيل الدخول وروابط الإعداد والتغييرات في هذه المؤسسة، ويُحتفظ بها لمدة { $days } يوم.
}
activity-empty = لم يُسجَّل أي نشاط بعد.
activity-entries = إدخالات النشاط
activity-when = الوقت
activity-who = المستخدم
activity-what = الإجراء
activity-result = النتيجة
# العنوان (IP) الذي جاء منه الإجراء.
activity-from = المصدر
activity-download-heading = التنزيل للمدققين
activity-download-from = من
activity-download-to = إلى
activity-download-format = الصيغة
activity-download = تنزيل

# وصف كل إجراء في قائمة النشاط (‎$action‎ هو اسمه المخزَّن، مع «-» بدل «.»).
action-described = { $action ->
    [user-sign_in] تسجيل الدخول
    [user-sign_out] تسجيل الخروج
    [organization-switch] التبديل إلى هذه المؤسسة
    [portal_link-create] فتح Admin Portal
    [provider-choose] اختيار مزوّد
    [domain-add] إضافة نطاق
    [domain-verify] التحقق من سجل DNS لنطاق
    [domain-remove] إزالة نطاق
    [it_contact-add] إضافة جهة اتصال لتقنية المعلومات
    [it_contact-invite] إرسال الإعداد إلى مسؤول تقنية المعلومات
    [it_contact-revoke] إلغاء دعوة مسؤول تقنية المعلومات
    [membership-add] إضافة عضو
    [membership-set_role] تغيير دور عضو
    [membership-remove] إزالة عضو
    [portal_link-revoke] إنهاء روابط Admin Portal لشخص
    [organization-set_features] تغيير الميزات المشمولة في الخطة
    [audit-export] تنزيل سجل النشاط
    [audit-purge] حذف النشاط الأقدم من مدة الاحتفاظ
    [workos-change] الإبلاغ عن تغيير
    [notification-email] إرسال بريد إلكتروني إلى المسؤولين
    [staff-sign_in] تسجيل الدخول إلى وحدة تحكم فريق العمل
    [staff-sign_out] تسجيل الخروج من وحدة تحكم فريق العمل
    [staff-add] إضافة عضو إلى فريق العمل
    [staff-set_role] تغيير دور عضو في فريق العمل
    [staff-remove] إزالة عضو من فريق العمل
    [staff-export] تصدير قائمة المؤسسات
    [api_key-create] إنشاء مفتاح API للمضيف
    [api_key-revoke] إلغاء مفتاح API للمضيف
    [webhook_endpoint-add] تسجيل نقطة نهاية webhook
    [webhook_endpoint-remove] إزالة نقطة نهاية webhook
    [webhook_delivery-replay] إعادة إرسال webhook
    [organization-create] إنشاء المؤسسة
    [organization-delete] حذف المؤسسة
    [api-call] استدعاء API المضيف
    [sso-tested] اختبار تسجيل الدخول عبر SSO
   *[organization-require_sso] تغيير «فرض SSO»
}

activity-by-operator = مشغّل Portico (سطر الأوامر)
activity-detail-about = { $subject }: { $rest }
activity-detail-for-areas = { $subject }، لـ { $areas }
activity-detail-embedded = عبر { $host }، بصفة { $role }
activity-detail-as-role = { $email } بصفة { $role }
activity-detail-sso = عبر تسجيل الدخول الموحّد ({ $provider })
activity-detail-sso-refused = عبر تسجيل الدخول الموحّد: { $reason }
activity-detail-every-area = كل الميزات
activity-detail-no-area = لا توجد ميزة
activity-detail-plan = الميزات: { $areas }
activity-filter-not-a-day = { $typed } ليس تاريخًا: أدخل تاريخًا مثل 2026-11-01. تعرض القائمة كل الأيام إلى ذلك الحين.
activity-filter-empty-range = اليوم الأخير قبل اليوم الأول: تعرض القائمة كل الأيام ابتداءً من اليوم الأول.
activity-times = { PLURAL($count) ->
    [zero] لا مرات في ذلك اليوم
    [one] مرة واحدة في ذلك اليوم
    [two] مرتان في ذلك اليوم
    [few] { $count } مرات في ذلك اليوم
    [many] { $count } مرة في ذلك اليوم
   *[other] { $count } مرة في ذلك اليوم
}
activity-filter-heading = عرض فقط
activity-filter-who = مَن (البريد الإلكتروني أو جزء منه)
activity-filter-what = ماذا
activity-filter-result = النتيجة
activity-filter-any = الكل
activity-filter-from = من
activity-filter-to = إلى
activity-filter-apply = عرض
activity-filter-clear = عرض الكل
activity-filter-nothing = لا شيء يطابق هذا التصفية.
activity-load-more = عرض المزيد
activity-kind = { $kind ->
    [sign_ins] عمليات تسجيل الدخول
    [setup] الإعداد
    [domains] النطاقات
    [it_admin] دعوات مسؤول تقنية المعلومات
    [members] الأعضاء
    [plan] الخطة
    [trail] التنزيلات والتنظيف
    [workos] تغييرات أبلغت عنها WorkOS
    [emails] رسائل إلى المسؤولين
   *[host_product] المنتج المضيف
}
