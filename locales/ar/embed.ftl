# العربية: صفحات التضمين الصغيرة الخاصة به، داخل إطار المنتج المضيف أو في علامة التبويب التي
# يفتحها. ترجمة فريق Portico، ولم يراجعها متحدث أصلي بعد: يجب مراجعتها قبل أن يعتمد عليها
# أي عميل.

embed-refused = لا يمكن عرض هذه الصفحة المضمّنة
# ‎$reason‎ موجّه إلى مطوّري المنتج المضيف، وهو باللغة الإنجليزية.
embed-refused-because = رفض Portico رمز التضمين: { $reason }. أعد تحميل الصفحة في منتجك للحصول على رمز جديد.
embed-failed = حدث خطأ من جانبنا
embed-failed-lead = تعذّر على Portico بدء الصفحة المضمّنة. أعد تحميل الصفحة في منتجك للمحاولة مجددًا.
embed-done = اكتمل إعداد { $area }
embed-done-lead = يمكنك إغلاق علامة التبويب هذه والعودة إلى منتجك: ستجد فيه الحالة الجديدة.
embed-closed = تم إغلاق الإعداد
embed-closed-lead = يمكنك إغلاق علامة التبويب هذه والعودة إلى منتجك.
embed-button-expired = انتهت صلاحية هذا الزر
embed-button-expired-lead = عُد إلى منتجك وانقر على الزر مرة أخرى.
embed-no-longer-member = لم تعد عضوًا
embed-no-longer-member-lead = لم يعد منتجك يُدرجك ضمن أعضاء هذه المؤسسة.
embed-portal-failed = تعذّر فتح الإعداد
embed-sso-test-failed = تعذّر بدء اختبار تسجيل الدخول
embed-sso-test-elsewhere = يبدأ اختبار تسجيل الدخول من بطاقة SSO في منتجك. عُد إلى هناك وانقر على «اختبار تسجيل الدخول عبر SSO».
embed-not-set-up = التضمين غير مُعَدّ
embed-not-set-up-lead = لا تحتوي نسخة Portico هذه على PORTICO_EMBED_SECRET، لذا لا تقبل أي رموز تضمين.
embed-unknown-parent = لا يستطيع Portico تحديد الموقع الذي يضمّنه
embed-unknown-parent-lead = لم ترسل الصفحة المضمِّنة ترويسة Referer تشير إلى أحد embed_origins. أبقِ سياسة المُحيل (referrer policy) الافتراضية على الصفحة المضيفة، أو أدرج أصلًا واحدًا فقط في embed_origins.
embed-appearance-refused = تعذّر على Portico استخدام المظهر الذي طلبه المنتج المضيف: { $reason }.
