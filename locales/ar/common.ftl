# العربية. ترجمة فريق Portico، ولم يراجعها متحدث أصلي بعد: يجب مراجعتها قبل أن
# يعتمد عليها أي عميل.

date-at-time = { $date } الساعة { $time } بالتوقيت العالمي

language-label = اللغة
language-apply = تغيير اللغة
language-unknown = اختر إحدى اللغات المعروضة.

not-found-page-title = غير موجودة · Portico
not-found-heading = الصفحة غير موجودة
not-found-lead = لا يوجد شيء على هذا العنوان.
not-found-link = الانتقال إلى إعدادات مؤسستك
