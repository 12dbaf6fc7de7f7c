# العربية: صفحات تسجيل الدخول. لم يراجعها متحدث أصلي بعد.

sign-in-page-title = تسجيل الدخول · Portico
sign-in-password-page-title = تسجيل الدخول بكلمة المرور · Portico
sign-in-heading = تسجيل الدخول
sign-in-lead = سجّل الدخول لإدارة إعدادات المؤسسة الخاصة بمؤسستك.
sign-in-work-email = البريد الإلكتروني للعمل
sign-in-continue = متابعة
sign-in-continuing = جارٍ المتابعة…
sign-in-sso-explained = إذا كانت مؤسستك تستخدم الدخول الموحّد، فإن مزوّد الهوية لديك يسجّل دخولك.
sign-in-use-password = استخدام كلمة مرور بدلًا من ذلك
sign-in-password-lead = أدخل كلمة المرور لتسجيل الدخول.
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-remember = إبقائي مسجّلًا على هذا الجهاز
sign-in-submit = تسجيل الدخول
sign-in-signing-in = جارٍ تسجيل الدخول…
sign-in-use-sso = تسجيل الدخول بالدخول الموحّد بدلًا من ذلك
