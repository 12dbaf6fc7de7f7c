# العربية: ميزات المؤسسات وحالاتها. ترجمة فريق Portico، ولم يراجعها متحدث أصلي بعد:
# يجب مراجعتها قبل أن يعتمد عليها أي عميل.

area-title = { $intent ->
    [sso] الدخول الموحّد
    [dsync] مزامنة الدليل
    [domain_verification] التحقق من النطاق
    [audit_logs] سجلات التدقيق
    [log_streams] تدفقات السجلات
    [certificate_renewal] تجديد الشهادة
   *[bring_your_own_key] مفتاح التشفير الخاص بك (BYOK)
}

# اسم الميزة داخل جملة («تم حفظ إعداد …»).
area-in-sentence = { $intent ->
    [sso] SSO
    [dsync] مزامنة الدليل
    [domain_verification] التحقق من النطاق
    [audit_logs] سجلات التدقيق
    [log_streams] تدفقات السجلات
    [certificate_renewal] تجديد الشهادة
   *[bring_your_own_key] مفتاح التشفير الخاص بك
}

area-in-banner = { $intent ->
    [sso] SSO
    [dsync] مزامنة الدليل
    [domain_verification] التحقق من النطاق
    [audit_logs] سجلات التدقيق
    [log_streams] تدفقات السجلات
    [certificate_renewal] تجديد الشهادة
   *[bring_your_own_key] مفتاح التشفير الخاص بك
}

# أسماء قصيرة للتنقل داخل الصفحة ولشارات وحدة تحكم فريق العمل.
area-short = { $intent ->
    [sso] SSO
    [dsync] الدليل
    [domain_verification] النطاقات
    [audit_logs] سجلات التدقيق
    [log_streams] تدفقات السجلات
    [certificate_renewal] الشهادات
   *[bring_your_own_key] BYOK
}

area-description = { $intent ->
    [sso] اسمح لمستخدميك بتسجيل الدخول عبر مزوّد الهوية لديك (مثل Okta أو Entra ID أو Google).
    [dsync] أنشئ حسابات المستخدمين وألغِها تلقائيًا وفقًا للدليل لديك.
    [domain_verification] أثبت ملكيتك لنطاقات البريد الإلكتروني الخاصة بك.
    [audit_logs] راجع من فعل ماذا في مؤسستك.
    [log_streams] أرسل أحداث التدقيق إلى نظام SIEM لديك (مثل Datadog أو Splunk أو S3).
    [certificate_renewal] استبدل شهادة توقيع SAML التي توشك صلاحيتها على الانتهاء.
   *[bring_your_own_key] شفّر بياناتك بمفتاح تتحكم فيه.
}

area-done = { $intent ->
    [sso] اكتمل إعداد الدخول الموحّد.
    [dsync] اكتمل إعداد مزامنة الدليل.
    [domain_verification] اكتمل التحقق من النطاق.
    [audit_logs] تم حفظ إعدادات سجلات التدقيق.
    [log_streams] اكتمل إعداد تدفق السجلات.
    [certificate_renewal] اكتمل تجديد الشهادة.
   *[bring_your_own_key] اكتمل إعداد مفتاح التشفير الخاص بك.
}

# زر البطاقة: ما يفعله حسب حالة الميزة.
area-action = { $intent ->
    [sso] { $setup ->
        [active] إدارة SSO
        [in_progress] إكمال إعداد SSO
        [needs_attention] إصلاح SSO
       *[other] إعداد SSO
    }
    [dsync] { $setup ->
        [active] إدارة مزامنة الدليل
        [in_progress] إكمال إعداد مزامنة الدليل
        [needs_attention] إصلاح مزامنة الدليل
       *[other] إعداد مزامنة الدليل
    }
    [domain_verification] التحقق في Admin Portal
    [audit_logs] { $setup ->
        [active] عرض سجلات التدقيق
        [needs_attention] إصلاح سجلات التدقيق
       *[other] إعداد سجلات التدقيق
    }
    [log_streams] { $setup ->
        [active] إدارة تدفق السجلات
        [in_progress] إكمال إعداد تدفق السجلات
        [needs_attention] إصلاح تدفق السجلات
       *[other] إعداد تدفق للسجلات
    }
    [certificate_renewal] تجديد الشهادة
   *[bring_your_own_key] إعداد مفتاحك
}

area-banner-in-progress = تم حفظ إعداد { $area }، لكنه غير مفعّل بعد.
area-banner-unconfirmed = أفاد Admin Portal بأن إعداد { $area } قد اكتمل، لكن WorkOS لم تؤكد ذلك بعد.
area-banner-thanks = شكرًا، وصلت إعدادات { $area } الخاصة بك إلى WorkOS.

group-title = { $group ->
    [sign-in] تسجيل الدخول
    [users] المستخدمون
   *[logs-and-data] السجلات والبيانات
}

setup-label = { $setup ->
    [not_configured] غير مُعَدّ
    [in_progress] قيد الإعداد
    [active] نشط
   *[needs_attention] يحتاج إلى انتباه
}

domain-state = { $state ->
    [verified] تم التحقق
    [pending] بانتظار DNS
   *[failed] لم يُعثر على السجل
}

activity-outcome = { $outcome ->
    [succeeded] تم
    [refused] مرفوض
   *[failed] فشل
}

role-name = { $role ->
    [admin] مسؤول
   *[member] عضو
}

# شارة البطاقة عندما تتعذر قراءة الحالة من WorkOS.
setup-unknown = الحالة غير معروفة
setup-label-stale = { $state } (آخر حالة معروفة)
