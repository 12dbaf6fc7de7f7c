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

# リスト:「SSO、ディレクトリ同期、ログストリーム」。
list-separator = {"、"}
list-and = { $init }、{ $last }

# コピーボタン。$what はコピーする対象（「レコードの値」）。
copy = コピー
copy-copied = コピーしました
copy-what = （{ $what }）
copy-done = { $what }をコピーしました。
copy-failed = コピーできませんでした。{ $what }を選択してコピーしてください。

save = 保存
saving = 保存中…
try-again = 再試行
# 2 つの文を続けて表示します（日本語では間にスペースを入れません）。
two-sentences = { $first }{ $second }

when-today = 本日
when-tomorrow = 明日
when-in-days = { PLURAL($days) ->
   *[other] { $days } 日後
}
back-to-settings = 設定に戻る
