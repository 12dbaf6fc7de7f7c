# العربية. ترجمة فريق Portico، ولم يراجعها متحدث أصلي بعد: يجب مراجعتها قبل أن
# يعتمد عليها أي عميل.
#
# وحدة تحكم الموظفين (/staff): الصفحات التي يتابع بها فريق الدعم والمالكون لدى الجهة
# المشغّلة كل مؤسسة عميلة، وتسجيل دخولهم بعامل ثانٍ، وما يُقال لهم عند رفض أي إجراء.

## تسجيل الدخول والعامل الثاني

staff-sign-in-page-title = تسجيل دخول الموظفين · Portico
staff-sign-in-heading = تسجيل دخول الموظفين
# ‎$link‎ رابط إلى صفحة تسجيل دخول العملاء؛ نصه في staff-sign-in-lead-link.
staff-sign-in-lead = لفريق الدعم في الشركة التي تشغّل Portico. يسجّل العملاء الدخول من { $link }.
staff-sign-in-lead-link = صفحة تسجيل الدخول إلى الإعدادات
staff-code-page-title = تسجيل دخول الموظفين: الرمز · Portico
staff-code-heading = أدخل الرمز
staff-code-lead = يجري تسجيل الدخول باسم { $email }. أدخل الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
staff-code = الرمز
staff-start-again = البدء من جديد
staff-enrol-page-title = إعداد العامل الثاني · Portico
staff-enrol-heading = إعداد العامل الثاني
staff-enrol-lead = يتطلب كل تسجيل دخول للموظفين رمزًا من تطبيق مصادقة. امسح هذا الرمز بالتطبيق على هاتفك لإضافة { $email }.
staff-enrol-type-secret = تعذّر المسح؟ أدخل هذا المفتاح السري في التطبيق بدلًا من ذلك (مبني على الوقت، ستة أرقام، كل 30 ثانية):
staff-enrol-code = الرمز الذي يعرضه التطبيق الآن
staff-enrol-confirm = التأكيد وتسجيل الدخول
staff-qr-label = رمز QR للمفتاح السري للعامل الثاني
staff-recovery-codes = رموز الاسترداد
staff-recovery-codes-heading = رموز الاسترداد الخاصة بك
staff-recovery-codes-lead = تم إعداد العامل الثاني. احفظ هذه الرموز في مكان آمن: يتيح لك كل رمز منها تسجيل الدخول مرة واحدة إذا فقدت هاتفك. لن تُعرض إلا الآن.
staff-recovery-codes-kept = لقد حفظتها: فتح وحدة التحكم

## إطار وحدة التحكم

staff-console = وحدة تحكم الموظفين
staff-console-page-title = وحدة تحكم الموظفين · Portico
staff-page-title = { $page } · وحدة تحكم الموظفين · Portico
staff-brand = وحدة تحكم موظفي Portico
staff-nav = وحدة التحكم
staff-account = { $email } ({ $role })
staff-team = الموظفون

staff-role = { $role ->
    [owner] المالك
   *[support] الدعم
}
staff-role-name = { $role ->
    [owner] مالك
   *[support] دعم
}
staff-role-explained = { $role ->
    [owner] المالك: يدير أيضًا الموظفين والأعضاء
   *[support] الدعم: يرى كل مؤسسة ويتصرف نيابةً عنها
}

## حسابات الموظفين (للمالكين فقط)

staff-accounts = حسابات الموظفين
staff-role-label = الدور
staff-second-factor = العامل الثاني
staff-factor-set-up = تم الإعداد
staff-factor-at-first-sign-in = عند أول تسجيل دخول
staff-added-on = تاريخ الإضافة
staff-change = تغيير { $email }
staff-add-heading = إضافة موظف
staff-add = إضافة
staff-added = تمت إضافة { $email }. كلمة المرور الخاصة به، ولن تُعرض إلا الآن: { $password }. يُعَدّ العامل الثاني عند أول تسجيل دخول.

## ما يُقال للموظف عند رفض تسجيل الدخول أو أي تغيير

staff-error-signed-out = يُرجى تسجيل الدخول إلى وحدة تحكم الموظفين أولًا.
staff-error-second-step-expired = استغرق تسجيل الدخول هذا وقتًا طويلًا. أدخل بريدك الإلكتروني وكلمة المرور مجددًا.
staff-error-codes-locked = { PLURAL($minutes) ->
    [zero] رموز خاطئة كثيرة جدًا. تُرفض الرموز لمدة { $minutes } دقيقة أخرى: سجّل الدخول مجددًا بعد ذلك، أو اطلب المساعدة من أحد المالكين.
    [one] رموز خاطئة كثيرة جدًا. تُرفض الرموز لمدة دقيقة أخرى: سجّل الدخول مجددًا بعد ذلك، أو اطلب المساعدة من أحد المالكين.
    [two] رموز خاطئة كثيرة جدًا. تُرفض الرموز لمدة دقيقتين أخريين: سجّل الدخول مجددًا بعد ذلك، أو اطلب المساعدة من أحد المالكين.
    [few] رموز خاطئة كثيرة جدًا. تُرفض الرموز لمدة { $minutes } دقائق أخرى: سجّل الدخول مجددًا بعد ذلك، أو اطلب المساعدة من أحد المالكين.
    [many] رموز خاطئة كثيرة جدًا. تُرفض الرموز لمدة { $minutes } دقيقة أخرى: سجّل الدخول مجددًا بعد ذلك، أو اطلب المساعدة من أحد المالكين.
   *[other] رموز خاطئة كثيرة جدًا. تُرفض الرموز لمدة { $minutes } دقيقة أخرى: سجّل الدخول مجددًا بعد ذلك، أو اطلب المساعدة من أحد المالكين.
}
staff-error-not-owner = لا يمكن القيام بذلك إلا لمالك. اطلب ذلك من أحد مالكي وحدة تحكم الموظفين.
staff-error-wrong-code = هذا الرمز غير صحيح أو انتهت صلاحيته. أدخل الرمز الذي يعرضه تطبيقك الآن، أو رمز استرداد.
staff-error-used-code = استُخدم هذا الرمز من قبل. انتظر الرمز التالي.
staff-error-factor-changed = تغيّر العامل الثاني الخاص بك في أثناء ذلك. أدخل بريدك الإلكتروني وكلمة المرور مجددًا.
staff-error-bad-role = «{ $role }» ليس دورًا من أدوار الموظفين. استخدم support أو owner.
staff-error-bad-email = { $typed } ليس عنوان بريد إلكتروني.
staff-error-exists = لدى { $email } حساب موظف بالفعل.
staff-error-not-found = ليس لدى { $email } حساب موظف.
staff-error-last-owner = { $email } هو آخر مالك: يجب أن يتمكن أحد من إدارة الموظفين. أضف مالكًا آخر أولًا.
staff-error-short-password = يجب ألا تقل كلمة المرور عن 12 حرفًا.

## قائمة المؤسسات

console-organizations = المؤسسات
console-needs-attention = يحتاج إلى انتباه
console-integrations = عمليات التكامل
console-organizations-count = { PLURAL($count) ->
    [zero] { $count } مؤسسة
    [one] مؤسسة واحدة
    [two] مؤسستان
    [few] { $count } مؤسسات
    [many] { $count } مؤسسة
   *[other] { $count } مؤسسة
}
console-search = بحث
console-search-placeholder = الاسم أو النطاق أو معرّف WorkOS
console-show = عرض
console-show-all = كل المؤسسات
console-show-expiring = شهادة قاربت على الانتهاء
console-show-sso-failing = تعطل SSO
console-not-configured = غير مُعَدّ
console-within-days = خلال (أيام)
console-plan-includes = تتضمن الخطة
console-any-plan = أي خطة
console-sort = الترتيب
console-name = الاسم
console-sort-attention = ما يحتاج إلى انتباه أولًا
console-sort-certificate = انتهاء الشهادة
console-apply = تطبيق
console-clear = مسح
console-export = تصدير CSV
console-badge = { $state ->
    [excluded] { $area }: غير مشمول في الخطة
    [unknown] { $area }: غير معروف بعد
    [not_configured] { $area }: غير مُعَدّ
    [in_progress] { $area }: قيد الإعداد
    [active] { $area }: نشط
   *[needs_attention] { $area }: يحتاج إلى انتباه
}
console-attention-areas = { PLURAL($count) ->
    [zero] { $count } ميزة
    [one] ميزة واحدة
    [two] ميزتان
    [few] { $count } ميزات
    [many] { $count } ميزة
   *[other] { $count } ميزة
}
console-attention-since = منذ { $date }
console-not-read-yet = لم تُفتح بعد
console-read-on = قُرئت في { $date }
console-no-workos-organization = لا توجد مؤسسة في WorkOS
console-no-match = لا توجد مؤسسة تطابق عوامل التصفية هذه.
console-first-page = الصفحة الأولى
console-next-page = الصفحة التالية
console-areas = الميزات
console-certificate-expires = انتهاء الشهادة
console-status-read = قراءة الحالة
console-pages = الصفحات

## قائمة «يحتاج إلى انتباه»

console-nothing-needs-attention = لا شيء يحتاج إلى انتباه الآن.
console-attention-lead = المؤسسات التي لديها ميزة توقفت عن العمل أو على وشك التوقف، بدءًا بالأطول انتظارًا.
console-label = { $label }:
console-nobody-told = لم يُبلَّغ أحد بعد.
console-waiting-since = منذ { $date }
console-who-was-told = من أُبلِغ
console-next = الخطوة التالية:
console-told-emailed = راسل Portico المسؤولين بالبريد الإلكتروني في { $date }.
console-next-ask-contact = اسأل { $email } عما إذا كانت رسالة الإعداد قد وصلت، أو سلّم رابط Admin Portal.
console-next-call = أُبلِغ المسؤولون ولم يتغير شيء: أرسل الإعداد إلى جهة اتصال تقنية المعلومات لديهم، أو اتصل بهم.
console-next-tell-contact = لم يُبلَّغ أحد بعد: أرسل الإعداد إلى جهة اتصال تقنية المعلومات لدى المؤسسة.

## مؤسسة واحدة

console-reason = السبب (يقرؤه مسؤولو المؤسسة)
console-not-in-plan = غير مشمول في الخطة
console-no-status = لا توجد حالة
console-change = تغيير
console-member-role = { $role ->
    [admin] مسؤول
   *[member] عضو
}
console-remove-member = الإزالة من المؤسسة
console-change-member = تغيير العضو
console-members-owners-only = لا يمكن تغيير الأعضاء إلا لمالكي وحدة التحكم.
console-members = الأعضاء
console-members-label = الأعضاء وأدوارهم
console-no-invitation = لا توجد دعوة إعداد معلّقة.
console-handed-over = { $area }: سلّمه { $who }، { $when }
console-day-and-time = { $date }، { $time } بالتوقيت العالمي
console-no-handoffs = لم يُسلَّم أي رابط Admin Portal من وحدة التحكم.
console-pending = الدعوات وعمليات التسليم
console-member-links = روابط { $email }
console-act = التصرف نيابةً عن العميل
console-invite-heading = إرسال الإعداد إلى جهة اتصال تقنية المعلومات لديهم
console-invite-email = البريد الإلكتروني لجهة اتصال تقنية المعلومات
console-invite = إرسال الإعداد
console-link-heading = تسليم رابط Admin Portal
console-area = الميزة
console-link = إنشاء رابط
console-revoke-heading = إلغاء روابط Admin Portal
console-revoke-whose = روابط من
console-revoke-handed-over = الروابط المسلَّمة من وحدة التحكم
console-revoke = إلغاء الروابط
console-plan-heading = ميزات الخطة
console-plan-included = المشمولة
console-plan-save = حفظ الخطة
console-new-link = رابط Admin Portal لميزة { $area }
console-new-link-lead = سلّمه إلى مسؤول المؤسسة الآن: يُفتح مرة واحدة، وتنتهي صلاحيته بعد خمس دقائق من إنشائه. لن يُعرض إلا هذه المرة.
console-new-link-copied = الرابط
console-no-workos-organization-yet = لا توجد مؤسسة في WorkOS بعد
console-status = الحالة
console-done = { $done ->
    [invited] أُرسل الإعداد إلى جهة اتصال تقنية المعلومات. يرى مسؤولو المؤسسة ذلك في نشاطهم.
    [revoked] أُنهيت روابط Admin Portal هذه في WorkOS.
    [plan] تم تغيير ميزات الخطة.
   *[member] تم تغيير العضو.
}
console-error-no-organization = لا توجد مؤسسة كهذه. ربما حُذفت.
console-error-no-reason = اكتب سبب قيامك بذلك: سيقرؤه مسؤولو المؤسسة في نشاطهم.
console-error-long-reason = { PLURAL($most) ->
    [zero] يجب أن يقل السبب عن { $most } حرف.
    [one] يجب أن يقل السبب عن حرف واحد.
    [two] يجب أن يقل السبب عن حرفين.
    [few] يجب أن يقل السبب عن { $most } أحرف.
    [many] يجب أن يقل السبب عن { $most } حرفًا.
   *[other] يجب أن يقل السبب عن { $most } حرف.
}
console-error-unknown = لا تعرف وحدة التحكم { $typed }. اختر قيمة من القائمة.

## عمليات التكامل لدى الجهة المشغّلة (للمالكين فقط)

console-keys = مفاتيح API للجهة المضيفة
console-keys-lead = يستدعي الخادم الخلفي لديك /api/v1 بهذه المفاتيح (راجع /api/v1/openapi.json). يُعرض المفتاح مرة واحدة، عند إنشائه.
console-keys-label = مفاتيح API
console-key-revoked = أُلغي في { $date }
console-key-last-used = آخر استخدام في { $date }
console-key-never-used = لم يُستخدم قط
console-key-revoke = إلغاء { $name }
console-key-made = أُنشئ في { $date }
console-key-make-heading = إنشاء مفتاح
console-key-scopes = الصلاحيات
console-key-make = إنشاء المفتاح
console-remove = إزالة
console-endpoints = نقاط نهاية webhook
console-endpoints-lead = يرسل Portico كل تغيير في إعداد أي عميل إلى هذه العناوين موقّعًا (Portico-Signature، كما توقّع WorkOS رسائلها)، ويعيد المحاولة لمدة يوم. العناوين العامة فقط.
console-endpoints-label = نقاط النهاية المسجّلة
console-endpoint-add-heading = إضافة نقطة نهاية
console-endpoint-url = عنوان URL
console-endpoint-events = الأحداث (بلا تحديد: كل الأحداث)
console-endpoint-add = إضافة نقطة النهاية
console-every-event = كل الأحداث
console-deliveries = عمليات التسليم
console-deliveries-empty = لم يُرسَل شيء بعد.
console-deliveries-label = سجل التسليم
console-delivery-made-column = الإنشاء
console-delivery-event = الحدث
console-delivery-endpoint = نقطة النهاية
console-delivery-state = الحالة
console-delivery-again = الإعادة
console-delivery-attempts = { PLURAL($count) ->
    [zero] { $count } محاولة
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
console-delivery-send-again = إعادة الإرسال
console-delivery-made = { $date }، { $time }
console-delivery-answered = الرد { $status }
console-delivery-delivered = تم التسليم ({ $answered })
console-delivery-gave-up = توقفت المحاولات: { $answered }
console-delivery-waiting = في انتظار الإرسال
console-delivery-retrying = إعادة المحاولة في { $time } بالتوقيت العالمي ({ $answered })
console-shown-key = مفتاح API { $name }
console-shown-secret = المفتاح السري للتوقيع الخاص بـ { $url }
console-shown-once = { $what }، ولن يُعرض إلا الآن: { $value }

console-key-bad-name = أعطِ المفتاح اسمًا (أحرف وأرقام ومسافات ونقاط وشرطات)، بحد أقصى 60 حرفًا.
console-key-unknown-scope = { $scope } ليس صلاحية: استخدم organizations:read أو organizations:write أو members:write أو embed:write أو webhooks:write.
console-key-no-scope = أعطِ المفتاح صلاحية واحدة على الأقل: organizations:read أو organizations:write أو members:write أو embed:write.
console-key-exists = يوجد مفتاح باسم { $name } بالفعل.
console-key-not-found = لا يوجد مفتاح مستخدم باسم { $name }.
console-endpoint-bad-url = { $url } ليس عنوان URL.
console-endpoint-not-http = يجب أن يستخدم عنوان URL بروتوكول http أو https مع اسم مضيف.
console-endpoint-private = { $address } عنوان خاص أو عنوان استرجاع أو عنوان ارتباط محلي: لا يرسل Portico إليه.
console-endpoint-unresolved = لا يُحلّ { $host } إلى أي عنوان.
console-endpoint-unknown-event = { $event } ليس حدثًا: استخدم organization.status_changed أو organization.needs_attention أو handoff.completed.
console-endpoint-credentials = يتضمن عنوان URL اسم مستخدم أو كلمة مرور: أعطِ نقطة النهاية عنوان URL بدونهما (التوقيع يثبت هوية المرسل).
console-endpoint-not-found = لا توجد نقطة نهاية { $id }.
console-delivery-not-found = لا توجد عملية تسليم { $id }.
console-key-revoke-confirm = هل تريد إبطال المفتاح { $name }؟
console-key-revoke-consequence = يُرفض كل طلب يُجرى باستخدام { $name } من الآن فصاعدًا، ولا يمكن استخدامه مرة أخرى: تحتاج الواجهة الخلفية للمضيف إلى مفتاح جديد.
console-revoking = جارٍ الإبطال…
console-endpoint-remove = إزالة { $url }
console-endpoint-remove-confirm = هل تريد إزالة نقطة النهاية { $url }؟
console-endpoint-remove-consequence = لن تتلقى { $url } أي أحداث بعد الآن، وستُحذف عمليات التسليم الخاصة بها، المُرسلة والمنتظرة، من سجل التسليم.
console-removing = جارٍ الإزالة…
