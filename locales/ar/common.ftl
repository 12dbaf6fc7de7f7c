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

# القوائم: «SSO، ومزامنة الدليل، وتدفقات السجلات».
list-separator = {"، "}
list-and = { $init } و{ $last }

# زر النسخ؛ ‎$what‎ هو ما يُنسخ («قيمة السجل»).
copy = نسخ
copy-copied = تم النسخ
copy-what = { $what }
copy-done = تم نسخ { $what }.
copy-failed = تعذّر النسخ: حدّد { $what } ثم انسخ النص يدويًا.

save = حفظ
saving = جارٍ الحفظ…
try-again = إعادة المحاولة
# جملتان متتاليتان.
two-sentences = { $first } { $second }

when-today = اليوم
when-tomorrow = غدًا
when-in-days = { PLURAL($days) ->
    [zero] بعد { $days } يوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $days } أيام
    [many] بعد { $days } يومًا
   *[other] بعد { $days } يوم
}
back-to-settings = العودة إلى الإعدادات
