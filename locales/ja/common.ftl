# 日本語。Portico チームによる翻訳で、ネイティブスピーカーの確認はまだです。
# 顧客に使ってもらう前に確認してください。

date-at-time = { $date } { $time } (UTC)

language-label = 言語
language-apply = 言語を変更
language-unknown = 一覧にある言語を選んでください。

not-found-page-title = 見つかりません · Portico
not-found-heading = ページが見つかりません
not-found-lead = このアドレスには何もありません。
not-found-link = 組織の設定へ移動
