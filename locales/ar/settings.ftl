# العربية: صفحة إعدادات المؤسسة. ترجمة فريق Portico، ولم يراجعها متحدث أصلي بعد:
# يجب مراجعتها قبل أن يعتمد عليها أي عميل.

opens-in-new-tab = (يُفتح في علامة تبويب جديدة)

card-upgrade = الترقية لإضافة { $area }
card-not-in-plan = غير متاح في خطتك
card-in-enterprise-plan = متاح في خطة Enterprise.
card-opening = جارٍ الفتح…
card-picked-opens-with-it = تم اختيار { $provider }: سيبدأ الإعداد به. ستحتاج إلى صلاحيات المسؤول فيه.
card-picked-choose-it-again = تم اختيار { $provider }: اختره مجددًا عندما يطلب منك الإعداد ذلك. ستحتاج إلى صلاحيات المسؤول فيه.

# «تمت دعوة it@acme.example لإعداد SSO ومزامنة الدليل بتاريخ 27 نوفمبر 2026.»
invited-for = تمت دعوة { $email } لإعداد { $areas } بتاريخ { $date }.

it-admin-sent = تم إرسال الدعوة.
it-admin-heading = إرسال الإعداد إلى مسؤول تقنية المعلومات لديك
it-admin-lead = ترسل WorkOS إلى مسؤول تقنية المعلومات لديك رسالة بريد إلكتروني تتضمن رابط إعداد للميزات التي تختارها. تحل الدعوة الجديدة محل الدعوة الحالية.
it-admin-open = الإرسال إلى مسؤول تقنية المعلومات لدي
it-admin-send = إرسال الدعوة
it-admin-sending = جارٍ الإرسال…
it-admin-email = البريد الإلكتروني لمسؤول تقنية المعلومات لديك
it-admin-areas = الميزات المطلوب إعدادها
it-admin-revoke = إلغاء الدعوة
it-admin-revoking = جارٍ الإلغاء…

domains-label = نطاقاتك
domains-add = إضافة نطاق
domains-adding = جارٍ الإضافة…
domains-add-label = أضف نطاقًا يستخدمه موظفوك لتسجيل الدخول
domains-publish-then-verify = أضف سجل TXT هذا لدى مزوّد خدمة DNS، ثم تحقّق.
domains-record-not-found = بحثت WorkOS عن هذا السجل ولم تعثر عليه. تحقّق من الاسم والقيمة لدى مزوّد خدمة DNS؛ فقد يستغرق ظهور السجلات الجديدة بضع ساعات. ثم أعد التحقق.
domains-verify-again = إعادة التحقق
domains-verify-now = التحقق الآن
domains-checking = جارٍ التحقق…
domains-remove = إزالة { $domain }
domains-removing = جارٍ الإزالة…
record-type = النوع
record-name = الاسم
record-value = القيمة
# ما نسخه زر النسخ، داخل «تم نسخ …».
record-name-copied = اسم السجل
record-value-copied = قيمة السجل

sso-test = اختبار تسجيل الدخول عبر SSO
sso-test-opening = جارٍ فتح مزوّد الهوية…
sso-test-lead = سجّل الدخول عبر مزوّد الهوية لترى ما يرسله. لن يتغير أي شيء.
sso-test-new-tab-lead = يفتح مزوّد الهوية في علامة تبويب جديدة لترى ما يرسله. لن يتغير أي شيء.
sso-require = فرض SSO
sso-require-on = يسجّل الأعضاء الدخول عبر SSO فقط.
sso-require-off = يمكن للأعضاء تسجيل الدخول عبر SSO أو بكلمة مرور.
sso-require-check = يجب على الأعضاء تسجيل الدخول عبر SSO
sso-break-glass = المسؤولون الذين يحتفظون بتسجيل الدخول بكلمة المرور (مسؤولو الطوارئ)، تحسبًا لتعطل مزوّد الهوية

sso-health = حالة SSO
sso-health-table = عمليات تسجيل الدخول يوميًا، في جدول
sso-health-day = اليوم
sso-health-succeeded = ناجحة
sso-health-failed = فاشلة
sso-health-directory = الدليل:
sso-health-certificate = الشهادة:

settings-page-title = إعدادات المؤسسة · Portico
settings-unreadable = تعذّر تحميل هذه الصفحة. يُرجى إعادة تحميلها.
settings-embedded-session-ended = انتهت هذه الجلسة المضمّنة. أعد تحميل الصفحة في منتجك للمتابعة.
settings-session-ended = انتهت جلستك.
settings-sign-in-again = تسجيل الدخول مجددًا
settings-read-only = يمكنك عرض هذه الإعدادات. لتغييرها، اطلب ذلك من أحد مسؤولي { $organization }.
# ‎$reason‎ جملة مستقلة تنتهي بنقطة.
settings-status-incomplete = الحالة المباشرة غير مكتملة: { $reason }
settings-heading = إعدادات { $organization }
settings-lead = أعدّ ميزات المؤسسات لمؤسستك. تفتح كل ميزة إعدادًا موجّهًا.
sign-out = تسجيل الخروج
organization = المؤسسة
switch-organization = تبديل
sso-health-no-sign-in = لم يسجّل أحد الدخول عبر SSO بعد. ستظهر هنا آخر عملية تسجيل دخول ناجحة بمجرد أن يسجّل أحد الدخول.
# ‎$when‎ مثل «3 ديسمبر 2026 الساعة 16:05 بالتوقيت العالمي».
sso-health-last-sign-in-by = آخر تسجيل دخول ناجح عبر SSO: { $email }، { $when }.
sso-health-last-sign-in = آخر تسجيل دخول ناجح عبر SSO: { $when }.
sso-health-directory-unread = تعذّرت قراءة حالة الدليل في الوقت الحالي.
sso-health-certificate-unread = تعذّرت قراءة حالة الشهادة في الوقت الحالي.
# نوع من عمليات تسجيل الدخول الفاشلة: رمزه، وعدد مراته، وآخر يوم، ومعناه، وحلّه.
sso-health-failure = { $code } ({ PLURAL($count) ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}، آخرها في { $date }): { $what } { $fix }
sso-health-day-said = { $day }: ناجحة { $succeeded }، فاشلة { $failed }
sso-health-chart-empty = لا توجد عمليات تسجيل دخول عبر SSO خلال آخر 30 يومًا. ستظهر هنا عمليات تسجيل الدخول لكل يوم بمجرد أن يسجّل المستخدمون الدخول عبر SSO.
sso-health-chart = خلال آخر 30 يومًا: { PLURAL($succeeded) ->
    [zero] { $succeeded } عملية تسجيل دخول ناجحة
    [one] عملية تسجيل دخول واحدة ناجحة
    [two] عمليتا تسجيل دخول ناجحتان
    [few] { $succeeded } عمليات تسجيل دخول ناجحة
    [many] { $succeeded } عملية تسجيل دخول ناجحة
   *[other] { $succeeded } عملية تسجيل دخول ناجحة
}، وعدد الفاشلة: { $failed }.
sso-health-no-failures = لا توجد محاولات فاشلة لتسجيل الدخول عبر SSO خلال آخر 7 أيام.
sso-health-failures = { PLURAL($count) ->
    [zero] { $count } محاولة فاشلة لتسجيل الدخول عبر SSO خلال آخر 7 أيام:
    [one] محاولة واحدة فاشلة لتسجيل الدخول عبر SSO خلال آخر 7 أيام:
    [two] محاولتان فاشلتان لتسجيل الدخول عبر SSO خلال آخر 7 أيام:
    [few] { $count } محاولات فاشلة لتسجيل الدخول عبر SSO خلال آخر 7 أيام:
    [many] { $count } محاولة فاشلة لتسجيل الدخول عبر SSO خلال آخر 7 أيام:
   *[other] { $count } محاولة فاشلة لتسجيل الدخول عبر SSO خلال آخر 7 أيام:
}

picker-choose-identity-provider = اختر مزوّد الهوية
picker-search-identity-providers = البحث في مزوّدي الهوية
picker-choose-directory = اختر الدليل
picker-search-directories = البحث في الأدلة
picker-change = تغيير المزوّد
picker-no-match = لا توجد نتائج مطابقة. جرّب اسمًا آخر.
picker-matches = { PLURAL($count) ->
    [zero] لا يوجد أي مزوّد مطابق.
    [one] يوجد مزوّد واحد مطابق.
    [two] يوجد مزوّدان مطابقان.
    [few] يوجد { $count } مزوّدين مطابقين.
    [many] يوجد { $count } مزوّدًا مطابقًا.
   *[other] يوجد { $count } مزوّد مطابق.
}

banner-dismiss = إغلاق
domains-changed = تغيّرت نطاقاتك.
domains-reload = أعد التحميل لعرضها
# ما يسمعه قارئ الشاشة عندما تتغير بطاقة والصفحة مفتوحة.
live-card-changed = { $area }: { $state }. { $summary }

domains-remove-confirm = إزالة { $domain }؟
domains-remove-consequence = لن يُطابَق الأشخاص الذين لديهم عناوين ‎@{ $domain } مع { $organization } بعد الآن، ولن يشملهم الدخول الموحّد.
domains-remove-verified-consequence = تم التحقق من { $domain }: بعد إزالته، يتطلب التحقق منه مجددًا سجل DNS جديدًا.
domains-removed = أُزيل { $domain } من نطاقاتك.
it-admin-revoke-confirm = إلغاء الدعوة المرسلة إلى { $email }؟
it-admin-revoke-consequence = سيتوقف رابط الإعداد الذي أرسلته WorkOS إلى { $email } عن العمل (لـ { $areas }). لا يتغير شيء مما تم إعداده بالفعل.
cancel = إلغاء
settings-lead-member = حالة ميزات المؤسسات في مؤسستك. يتولى المسؤولون لديك إعدادها.
page-nav-label = في هذه الصفحة
card-in-use-outside-plan = لم تعد خطتك تتضمن هذه الميزة. تستمر في العمل كما أُعدّت؛ ولتغييرها، قم بالترقية.
card-picked-by-admins = اختار المسؤولون لديك { $provider }.
settings-read-only-ask = يمكنك عرض هذه الإعدادات. لتغييرها، اطلب ذلك من أحد المسؤولين لديك: { $admins }.
skip-to-settings = الانتقال إلى الإعدادات
