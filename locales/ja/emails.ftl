# 日本語: 組織の管理者へのメール。ネイティブスピーカーの確認はまだです。

email-subject = { $organization }: { $area }の対応が必要です
email-needs-attention = { $organization } の設定で、{ $area }の対応が必要です。
email-check-dns-record = DNS レコードを確認
email-why = このメールは、あなたが Portico で { $organization } の管理者であるためにお送りしています。この状態が続く間、1 日に 1 回までお送りします。
