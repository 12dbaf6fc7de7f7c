# 日本語: 各カードに表示する、WorkOS が報告する機能の現在の状態。Portico チームによる
# 翻訳で、ネイティブスピーカーの確認はまだです。顧客に使ってもらう前に確認してください。

status-sso-none = ID プロバイダーはまだ接続されていません。
status-sso-active = { $provider } は有効です。
status-sso-several-active = { $count } 件の接続が有効です：{ $providers }。
status-sso-saved = { $provider } は保存されていますが、まだ有効ではありません。
# $state は接続の状態を表す WorkOS の語（英語）。
status-sso-broken = { $state ->
    [inactive] { $provider } は { $date } から無効になっています。この接続ではサインインできません。
    [deleting] { $provider } は { $date } から削除処理中です。この接続ではサインインできません。
   *[other] { $provider } は { $date } から「{ $state }」の状態です。この接続ではサインインできません。
}

status-directory-counts = { PLURAL($users) ->
   *[other] ユーザー { $users } 人
}、{ PLURAL($groups) ->
   *[other] グループ { $groups } 件
}
status-directory-quiet = { $provider } は { $date } 以降、変更を同期していません。同期が続いているか確認してください。
status-directory-syncing-counted-changed = { $provider } は同期中です（{ $counts }）。最終変更：{ $date }。
status-directory-syncing-changed = { $provider } は同期中です。最終変更：{ $date }。
status-directory-syncing-counted = { $provider } は同期中です（{ $counts }）。
status-directory-syncing = { $provider } は同期中です。
status-directory-credentials = { $provider }：{ $date } 以降、WorkOS がディレクトリにサインインできていません。
status-directory-saved = { $provider } は接続されていますが、まだ同期していません。
status-directory-none = ディレクトリはまだ接続されていません。

# $domains はリスト（「a.example、b.example、c.example」）。
status-domains-waiting = { PLURAL($count) ->
   *[other] { $domains } は DNS レコードの反映待ちです。
}
status-domains-failed = { $date } に { $domains } の検証に失敗しました。DNS レコードを確認してください。
# $waiting は上の文です。
status-domains-progress = ドメイン { $total } 件中 { $done } 件を検証済みです。{ $waiting }
status-domains-verified = 検証済み：{ $domains }。
status-domains-none = 検証済みのドメインはまだありません。

status-stream-https-endpoint = HTTPS エンドポイント
status-stream-none = ログストリームは設定されていません。
status-stream-active = ストリーミング中です（送信先：{ $destination }）。
status-stream-saved = 設定済みですが、まだストリーミングしていません（送信先：{ $destination }）。
status-stream-failing = ストリーミングに失敗しています（送信先：{ $destination }）。
# WorkOS の監査ログ（Portico 自身のアクティビティ一覧ではありません）。
status-audit-logs-kept = { PLURAL($days) ->
   *[other] WorkOS は監査ログのイベントを { $days } 日間保持します。
}
status-audit-logs-off = 監査ログは有効になっていません。

status-certificate-a-connection = SAML 接続
status-certificate-expired = { $connection }：SAML 証明書の有効期限が { $date } に切れました。ユーザーがサインインできるよう、証明書を更新してください。
# $when は「本日」「明日」「12 日後」。
status-certificate-expires = { $connection }：SAML 証明書の有効期限は { $date }（{ $when }）です。
status-certificate-renewed-until = { $date } に証明書を更新しました。有効期限は { $until } です。
status-certificate-renewed = { $date } に証明書を更新しました。
status-certificate-none-expiring = 過去 30 日間に、期限切れが近い証明書は WorkOS から報告されていません。

status-key-verified-in = { $service } の鍵は { $date } に検証されました。
status-key-verified = 鍵は { $date } に検証されました。
status-key-unverified-in = { $service } の鍵を { $date } に検証できませんでした。WorkOS がその鍵を使用できることを確認してから、もう一度接続してください。
status-key-unverified = 鍵を { $date } に検証できませんでした。WorkOS がその鍵を使用できることを確認してから、もう一度接続してください。
status-key-removed = 鍵は { $date } に削除されました。

status-unavailable = 現在、状態を取得できません。
status-portal-opened-by = { $email } が { $date } にこの設定を開始しました。
status-portal-opened = 管理者が { $date } にこの設定を開始しました。
status-portal-never-opened = この設定はまだ誰も開始していません。
# $reason はそれだけで完結した文。$age はどれだけ前か（「5 分前」）。
status-stale = { $reason } WorkOS が { $age }に報告した内容を表示しています。

age-under-a-minute = 1 分以内
age-minutes = { PLURAL($minutes) ->
   *[other] { $minutes } 分前
}
age-hours = { PLURAL($hours) ->
   *[other] { $hours } 時間前
}
