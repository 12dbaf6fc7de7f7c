# العربية: ما يُقال للشخص عندما يفشل شيء أو يُرفض. ترجمة فريق Portico، ولم يراجعها متحدث
# أصلي بعد: يجب مراجعتها قبل أن يعتمد عليها أي عميل.

error-unrecorded = تعذّر على Portico تسجيل هذا الإجراء في سجل التدقيق الخاص به. إذا أُجري التغيير في WorkOS، فهو مدوَّن في سجل Portico؛ يُرجى المحاولة مجددًا بعد قليل.
error-internal = حدث خطأ من جانبنا. يُرجى المحاولة مجددًا؛ وإذا تكرر ذلك، فتواصل مع مشغّل Portico لديك.
error-not-in-plan = { $area } غير مشمول في خطة { $organization }.
error-not-linked = المؤسسة { $organization } غير مرتبطة بـWorkOS بعد. اطلب من مشغّل Portico لديك ربطها.
error-workos-rate-limited-for = { PLURAL($seconds) ->
    [zero] تحدّ WorkOS من عدد الطلبات حاليًا. حاول مجددًا بعد { $seconds } ثانية.
    [one] تحدّ WorkOS من عدد الطلبات حاليًا. حاول مجددًا بعد ثانية واحدة.
    [two] تحدّ WorkOS من عدد الطلبات حاليًا. حاول مجددًا بعد ثانيتين.
    [few] تحدّ WorkOS من عدد الطلبات حاليًا. حاول مجددًا بعد { $seconds } ثوانٍ.
    [many] تحدّ WorkOS من عدد الطلبات حاليًا. حاول مجددًا بعد { $seconds } ثانية.
   *[other] تحدّ WorkOS من عدد الطلبات حاليًا. حاول مجددًا بعد { $seconds } ثانية.
}
error-workos-rate-limited = تحدّ WorkOS من عدد الطلبات حاليًا. حاول مجددًا بعد دقيقة.
error-organization-over-budget = { PLURAL($seconds) ->
    [zero] أرسلت مؤسستك طلبات كثيرة إلى WorkOS خلال الدقيقة الأخيرة. حاول مجددًا بعد { $seconds } ثانية.
    [one] أرسلت مؤسستك طلبات كثيرة إلى WorkOS خلال الدقيقة الأخيرة. حاول مجددًا بعد ثانية واحدة.
    [two] أرسلت مؤسستك طلبات كثيرة إلى WorkOS خلال الدقيقة الأخيرة. حاول مجددًا بعد ثانيتين.
    [few] أرسلت مؤسستك طلبات كثيرة إلى WorkOS خلال الدقيقة الأخيرة. حاول مجددًا بعد { $seconds } ثوانٍ.
    [many] أرسلت مؤسستك طلبات كثيرة إلى WorkOS خلال الدقيقة الأخيرة. حاول مجددًا بعد { $seconds } ثانية.
   *[other] أرسلت مؤسستك طلبات كثيرة إلى WorkOS خلال الدقيقة الأخيرة. حاول مجددًا بعد { $seconds } ثانية.
}
error-portico-over-budget = { PLURAL($seconds) ->
    [zero] يرسل Portico حاليًا طلبات كثيرة إلى WorkOS. حاول مجددًا بعد { $seconds } ثانية.
    [one] يرسل Portico حاليًا طلبات كثيرة إلى WorkOS. حاول مجددًا بعد ثانية واحدة.
    [two] يرسل Portico حاليًا طلبات كثيرة إلى WorkOS. حاول مجددًا بعد ثانيتين.
    [few] يرسل Portico حاليًا طلبات كثيرة إلى WorkOS. حاول مجددًا بعد { $seconds } ثوانٍ.
    [many] يرسل Portico حاليًا طلبات كثيرة إلى WorkOS. حاول مجددًا بعد { $seconds } ثانية.
   *[other] يرسل Portico حاليًا طلبات كثيرة إلى WorkOS. حاول مجددًا بعد { $seconds } ثانية.
}
error-workos-key-rejected = تم رفض مفتاح WorkOS API الخاص بـPortico. اطلب من مشغّل Portico لديك التحقق من WORKOS_API_KEY.
error-workos-unknown-organization = هذه المؤسسة غير معروفة لدى WorkOS. اطلب من مشغّل Portico لديك إعادة ربطها.
error-workos-refused = رفضت WorkOS الطلب. اطلب من مشغّل Portico لديك مراجعة سجلات Portico.
error-workos-key-permission = يفتقر مفتاح WorkOS API الخاص بـPortico إلى صلاحية يتطلبها هذا الإجراء. اطلب من مشغّل Portico لديك التحقق من صلاحيات المفتاح.
error-workos-down = لا تستجيب WorkOS حاليًا. يُرجى المحاولة مجددًا بعد دقيقة.

error-wrong-password = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-missing-credentials = أدخل بريدك الإلكتروني وكلمة المرور.
error-no-organization = حسابك ليس عضوًا في أي مؤسسة بعد.
error-sso-required = تستخدم المؤسسة { $organization } الدخول الموحّد لتسجيل الدخول، وليس كلمة المرور. أدخل بريدك الإلكتروني للعمل واختر «متابعة»: سيسجّل مزوّد الهوية دخولك.
# ما طلبه عضو ولا يستطيع القيام به إلا المسؤولون.
error-admins-only = { $refused ->
    [open-setup] لا يمكن فتح الإعداد إلا لمسؤول في { $organization }.
    [read-activity] لا يمكن عرض نشاط { $organization } إلا لمسؤول فيها.
    [export-activity] لا يمكن تنزيل نشاط { $organization } إلا لمسؤول فيها.
   *[change-settings] لا يمكن تغيير هذه الإعدادات إلا لمسؤول في { $organization }.
}
error-not-member = لست عضوًا في تلك المؤسسة.
error-too-many-sign-ins = { PLURAL($seconds) ->
    [zero] محاولات تسجيل دخول كثيرة جدًا. حاول مجددًا بعد { $seconds } ثانية.
    [one] محاولات تسجيل دخول كثيرة جدًا. حاول مجددًا بعد ثانية واحدة.
    [two] محاولات تسجيل دخول كثيرة جدًا. حاول مجددًا بعد ثانيتين.
    [few] محاولات تسجيل دخول كثيرة جدًا. حاول مجددًا بعد { $seconds } ثوانٍ.
    [many] محاولات تسجيل دخول كثيرة جدًا. حاول مجددًا بعد { $seconds } ثانية.
   *[other] محاولات تسجيل دخول كثيرة جدًا. حاول مجددًا بعد { $seconds } ثانية.
}
error-sign-ins-busy = Portico مشغول بالتحقق من عمليات تسجيل دخول أخرى. حاول مجددًا بعد بضع ثوانٍ.
error-sign-in-unrecorded = تعذّر على Portico تسجيل هذا الإجراء في سجل التدقيق الخاص به، لذا لم يتم تنفيذه. يُرجى المحاولة مجددًا بعد قليل.
error-sign-in-first = يُرجى تسجيل الدخول أولًا.
error-unreadable-request = تعذّرت قراءة الطلب: { $detail }
error-missing-field = الحقل «{ $field }» مفقود.
error-unreachable = تعذّر الوصول إلى Portico. تحقّق من اتصالك وحاول مجددًا.

# سبب كون المُدخل ليس نطاقًا: يكمل «"acme .com" …».
domain-reason = { $reason ->
    [empty] فارغ
    [more-than-a-domain] يحتوي على أكثر من نطاق
    [email-address] عنوان بريد إلكتروني وليس نطاقًا
    [spaces] يحتوي على مسافات
    [port] يحتوي على منفذ
    [ip-address] عنوان IP
    [ends-in-number] ينتهي برقم
    [bad-characters] يحتوي على أحرف غير مسموح بها في النطاق
    [needs-a-dot] يحتاج إلى نقطة، كما في acme.com
    [too-long] أطول من 253 حرفًا
   *[bad-part] يحتوي على جزء فارغ أو طويل جدًا أو يتضمن أحرفًا غير معتادة
}

error-domain-empty = أدخل نطاقًا، مثل acme.com.
# ‎$typed‎ هو ما كُتب بين علامتي اقتباس؛ و‎$reason‎ هو السبب من domain-reason.
error-domain-bad = { $typed } { $reason }. أدخل النطاق فقط، مثل acme.com.
error-domain-taken = النطاق { $domain } تطالب به بالفعل مؤسسة في WorkOS. إذا كان يجب أن يكون لك، فأزله من هناك أولًا.
error-domain-ours = { $state ->
    [verified] { $domain } من نطاقاتك بالفعل، وقد تم التحقق منه.
    [failed] { $domain } من نطاقاتك بالفعل: فشل التحقق منه. انشر سجل TXT المعروض أدناه، ثم تحقّق منه مجددًا.
   *[pending] { $domain } من نطاقاتك بالفعل، وهو بانتظار سجل DNS الخاص به: انشر سجل TXT المعروض أدناه، ثم تحقّق منه.
}
error-domain-verified = تم التحقق من { $domain } بالفعل.
error-domain-not-ours = هذا النطاق ليس من نطاقات مؤسستك. أعد تحميل الصفحة لعرض نطاقاتها.

error-it-admin-email-empty = أدخل البريد الإلكتروني لمسؤول تقنية المعلومات لديك.
error-it-admin-email-bad = { $typed } ليس عنوان بريد إلكتروني. أدخل عنوانًا مثل it@acme.com.
error-it-admin-no-areas = حدّد ميزة واحدة على الأقل ليُعدّها مسؤول تقنية المعلومات لديك.
error-it-admin-bad-area = اختر الميزات من القائمة: لا ترسل WorkOS مسؤولي تقنية المعلومات إلا إليها.
error-it-admin-nothing-to-revoke = لا توجد دعوة لإلغائها. أعد تحميل الصفحة لمعرفة الوضع الحالي.
error-it-admin-unrecorded = أضافت WorkOS جهة اتصال تقنية المعلومات، لكن تعذّر على Portico تسجيل ذلك في سجل التدقيق الخاص به (وهو مدوَّن في سجل Portico). يُرجى المحاولة مجددًا بعد قليل.

error-portal-unrecorded = تعذّر على Portico تسجيل هذا الإجراء في سجل التدقيق الخاص به، لذا لم يُفتح رابط الإعداد. يُرجى المحاولة مجددًا؛ وإذا تكرر ذلك، فتواصل مع مشغّل Portico لديك.
error-portal-untrusted-link = ردّت WorkOS برابط إعداد لا يثق به Portico، لذا لم يُفتح. اطلب من مشغّل Portico لديك التحقق من إعداد portal_hosts.
error-unknown-provider = اختر مزوّدًا من القائمة.

error-sso-not-configured = تسجيل الدخول عبر SSO غير مُعَدّ في نسخة Portico هذه: اطلب من مشغّل Portico لديك تعيين WORKOS_CLIENT_ID.
error-sso-unexpected = لم تبدأ عملية تسجيل الدخول هذه في هذا المتصفح، أو أنها اكتملت بالفعل. ابدأ تسجيل الدخول من جديد.
error-sso-expired = استغرقت عملية تسجيل الدخول هذه أكثر من عشر دقائق. ابدأ تسجيل الدخول من جديد.
error-sso-refused = لم يسجّل مزوّد الهوية دخولك: { $what } { $fix }
error-sso-other-organization = سجّل مزوّد الهوية دخولك لمؤسسة غير تلك التي ينتمي إليها بريدك الإلكتروني، لذا لم يسجّل Portico دخولك. أبلغ مسؤول تقنية المعلومات لديك.
error-sso-outside-domains = سجّل مزوّد الهوية دخولك باسم { $email }، وهو ليس ضمن النطاقات التي تم التحقق منها في مؤسستك، لذا لم يسجّل Portico دخولك. أبلغ مسؤول تقنية المعلومات لديك.
error-sso-not-a-member = لدى { $email } حساب في Portico بالفعل، لكنه ليس عضوًا في { $organization }. اطلب من أحد مسؤولي { $organization } إضافتك، ثم سجّل الدخول مجددًا.
error-sso-unrecorded = تعذّر على Portico تسجيل عملية تسجيل الدخول هذه في سجل التدقيق الخاص به، لذا لم تتم. يُرجى المحاولة مجددًا بعد قليل.

error-export-unknown-parameter = `{ $name }` ليس معاملًا من معاملات التصدير: استخدم format وfrom وto.
error-export-twice = `{ $name }` مذكور مرتين.
error-export-format = التنسيق { $format } غير معروف: استخدم csv أو jsonl.
error-export-empty-range = النطاق فارغ: يجب أن يسبق `from` القيمة `to`.
error-export-not-a-date = يجب أن تكون `{ $name }` تاريخًا مثل 2026-11-01 أو وقتًا مثل 2026-11-01T09:30:00Z، لا { $typed }.
error-export-out-of-range = `{ $name }` خارج النطاق المسموح.
error-export-elsewhere = يبدأ التنزيل من بطاقة النشاط في صفحة إعدادات Portico.

error-break-glass-needs-password = لا يحتفظ بتسجيل الدخول بكلمة المرور إلا مسؤولو المؤسسة الذين لديهم كلمة مرور.
error-require-sso-inactive = يتطلب فرض SSO اتصال SSO نشطًا: أكمل إعداد SSO أولًا ثم اختبره.
error-require-sso-no-break-glass = اختر مسؤولًا واحدًا على الأقل يحتفظ بتسجيل الدخول بكلمة المرور، حتى لا يُغلق عطلُ مزوّد الهوية الباب على الجميع.
error-require-sso-locks-you-out = لقد سجّلت الدخول بكلمة مرور: أبقِ نفسك بين المسؤولين الذين يحتفظون بتسجيل الدخول بكلمة المرور، أو سجّل الدخول عبر SSO أولًا. حفظ هذا التغيير سيُخرجك.
error-work-email = أدخل بريدك الإلكتروني للعمل، مثل jane@example.com.
