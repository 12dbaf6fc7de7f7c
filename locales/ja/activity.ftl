# 日本語: アクティビティの一覧とダウンロード。Portico チームによる翻訳で、ネイティブ
# スピーカーの確認はまだです。顧客に使ってもらう前に確認してください。

activity-heading = 最近のアクティビティ
activity-lead = { PLURAL($days) ->
   *[other] この組織のサインイン、設定リンク、変更の記録です。{ $days } 日間保持されます。
}
activity-empty = まだ記録はありません。
activity-newest = 最新
activity-older = 以前のアクティビティ
activity-pages = アクティビティのページ
activity-entries = アクティビティの記録
activity-when = 日時
activity-who = 実行者
activity-what = 操作
activity-result = 結果
# 操作元の IP アドレス。
activity-from = 接続元
activity-download-heading = 監査用にダウンロード
activity-download-from = 開始日
activity-download-to = 終了日
activity-download-format = 形式
activity-download = ダウンロード
