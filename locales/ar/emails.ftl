# العربية: رسائل البريد إلى مسؤولي المؤسسة. لم يراجعها متحدث أصلي بعد.

email-subject = { $organization }: { $area } يحتاج إلى انتباهك
email-needs-attention = { $area } يحتاج إلى انتباهك في إعدادات { $organization }.
email-check-dns-record = تحقّق من سجل DNS
email-why = تصلك هذه الرسالة لأنك مسؤول في { $organization } على Portico. تصل مرة واحدة في اليوم على الأكثر ما دام الأمر قائمًا.
