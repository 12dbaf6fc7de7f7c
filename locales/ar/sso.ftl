# العربية: معنى كل رمز من رموز أخطاء SSO في WorkOS وكيفية إصلاحه. ترجمة فريق Portico، ولم
# يراجعها متحدث أصلي بعد: يجب مراجعتها قبل أن يعتمد عليها أي عميل. «إعداد SSO» و«التحقق من
# النطاق» هما التسميتان الظاهرتان في الصفحة (area-action وarea-title).

sso-error-what = { $code ->
    [access_denied] رفض مزوّد الهوية تسجيل الدخول: الشخص غير معيَّن للتطبيق لديه، أو أنه رفض.
    [ambiguous_connection_selector] لدى مؤسستك أكثر من اتصال SSO، لذا ليس واضحًا أيّها يُستخدم لتسجيل دخول المستخدمين.
    [connection_domain_invalid] لا يوجد اتصال SSO مُعَدّ لنطاق هذا البريد الإلكتروني.
    [connection_invalid] لم يعد اتصال SSO موجودًا.
    [connection_strategy_invalid] تم إعداد مزوّد تسجيل الدخول بأكثر من طريقة.
    [connection_unlinked] اتصال SSO غير نشط: لم يكتمل إعداده، أو تم إيقافه.
    [domain_connection_selector_not_allowed] طلبت عملية تسجيل الدخول اتصالًا بطريقة لم تعد WorkOS تقبلها.
    [idp_initiated_sso_disabled] بدأت عملية تسجيل الدخول من لوحة تطبيقات مزوّد الهوية، وهذا الاتصال لا يسمح بذلك.
    [invalid_connection_selector] لم تحدد عملية تسجيل الدخول الاتصال الذي يجب استخدامه.
    [organization_invalid] لا يوجد اتصال SSO نشط لهذه المؤسسة.
    [oauth_failed] فشلت خطوة OAuth لدى مزوّد تسجيل الدخول.
    [profile_not_allowed_outside_organization] البريد الإلكتروني الذي أرسله مزوّد الهوية لا ينتمي إلى أيٍّ من النطاقات التي تم التحقق منها في مؤسستك.
    [server_error] فشل تسجيل الدخول لدى مزوّد الهوية أو لدى WorkOS. الأسباب المعتادة هي شهادة SAML منتهية الصلاحية أو مستبدَلة، وربط سمات لا يرسل البريد الإلكتروني.
    [signin_consent_denied] رفض الشخص الشاشة التي تطلب منه تأكيد تسجيل الدخول.
   *[other] فشل تسجيل الدخول لسبب لم توضحه WorkOS.
}

sso-error-fix = { $code ->
    [access_denied] في مزوّد الهوية، عيّن الشخص (أو مجموعة ينتمي إليها) للتطبيق، ثم أعد الاختبار.
    [ambiguous_connection_selector] افتح «إعداد SSO» واحذف الاتصال الذي لم تعد تستخدمه، ثم أعد الاختبار.
    [connection_domain_invalid] تحقّق من النطاق في «التحقق من النطاق» وتأكّد من أن اتصالك يشمله.
    [connection_invalid] أعد إعداد SSO من خلال «إعداد SSO».
    [connection_strategy_invalid] لا شيء في إعدادك يسبب ذلك: أبلغ مشغّل Portico لديك، مع ذكر وقت حدوثه.
    [connection_unlinked] افتح «إعداد SSO» وأكمل الإعداد، ثم أعد الاختبار.
    [domain_connection_selector_not_allowed] لا شيء في إعدادك يسبب ذلك: أبلغ مشغّل Portico لديك، مع ذكر وقت حدوثه.
    [idp_initiated_sso_disabled] ابدأ من صفحة تسجيل الدخول في Portico بدلًا من ذلك، أو اسمح في «إعداد SSO» بعمليات تسجيل الدخول التي تبدأ لدى مزوّد الهوية.
    [invalid_connection_selector] لا شيء في إعدادك يسبب ذلك: أبلغ مشغّل Portico لديك، مع ذكر وقت حدوثه.
    [organization_invalid] أعدّ SSO من خلال «إعداد SSO» (أو أكمل اتصالًا تُرك كمسودة)، ثم أعد الاختبار.
    [oauth_failed] أعد المحاولة. إذا استمر الفشل، فتحقّق من معرّف العميل والسر الخاصين بتطبيق OAuth لدى المزوّد.
    [profile_not_allowed_outside_organization] تحقّق من نطاق ذلك البريد الإلكتروني في «التحقق من النطاق»، أو اربط سمة البريد الإلكتروني في مزوّد الهوية بعنوان العمل الخاص بالمستخدمين.
    [server_error] تحقّق من الشهادة وربط السمات في «إعداد SSO». يمكن لمشغّل Portico لديك الاطلاع على تفاصيل عملية تسجيل الدخول هذه في WorkOS.
    [signin_consent_denied] أعد الاختبار وأكّد تسجيل الدخول.
   *[other] أعد الاختبار. إذا استمر الفشل، فأبلغ مشغّل Portico لديك بالرمز المعروض هنا.
}

# صفحة نتيجة اختبار تسجيل الدخول عبر SSO. «النشاط الأخير» هو activity-heading.
sso-test-page-title = اختبار تسجيل الدخول عبر SSO · Portico
sso-test-cannot-finish = لا يمكن إكمال تسجيل الدخول هذا
sso-test-nothing = لا يوجد ما يُعرض هنا
sso-test-nothing-lead = يعرض هذا العنوان نتيجة تسجيل الدخول عبر SSO عندما يعيدك مزوّد الهوية إليه.
sso-test-close-tab = أغلق علامة التبويب هذه للعودة إلى منتجك. يظهر هذا الاختبار هناك في «النشاط الأخير».
sso-test-again = إعادة الاختبار
sso-test-worked = نجح اختبار تسجيل الدخول
sso-test-worked-lead = سجّل مزوّد الهوية دخولك عبر { $provider }. إليك ما أرسله.
sso-test-failed = فشل اختبار تسجيل الدخول
sso-test-what-happened = ما الذي حدث:
sso-test-how-to-fix = كيفية الإصلاح
sso-test-error-code = رمز الخطأ
sso-test-workos-said = رسالة WorkOS
sso-test-domain-verified = { $domain } من النطاقات التي تم التحقق منها: يمكن للأشخاص الذين يستخدمون عناوين هذا النطاق تسجيل الدخول إلى Portico عبر SSO.
sso-test-domain-unverified = { $domain } ليس من النطاقات التي تم التحقق منها: لا يمكن للأشخاص الذين يستخدمون عناوين هذا النطاق تسجيل الدخول إلى Portico عبر SSO. تحقّق منه في «التحقق من النطاق».
sso-test-missing = غير موجودة
sso-test-missing-attributes = السمات غير الموجودة: { $attributes }. اربط هذه السمات في إعدادات التطبيق لدى مزوّد الهوية، ثم أعد الاختبار.
sso-test-used = ما يستخدمه Portico
sso-test-used-label = السمات التي يستخدمها Portico
sso-test-attribute = السمة
sso-test-value = القيمة
sso-test-used-for = الاستخدام
sso-test-received = كل ما أرسله مزوّد الهوية
sso-test-received-label = السمات المستلمة
sso-test-nothing-kept = لا يحتفظ Portico بأي من هذه القيم: يُسجَّل في «النشاط الأخير» فقط أنك أجريت اختبارًا، مع أسماء السمات.
sso-test-uses-email = يعثر على حساب الشخص في Portico، أو ينشئ له حسابًا عند أول تسجيل دخول.
sso-test-uses-name = اسم الشخص في Portico.
sso-test-uses-groups = يجعل أعضاء المجموعات التي يحددها المشغّل مسؤولين (sso.admin_groups).
sso-test-other-organization = سجّل مزوّد الهوية دخول الشخص لصالح المؤسسة { $organization }، لا لهذه المؤسسة.
