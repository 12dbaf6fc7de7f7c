# 日本語: 組織の設定ページ。Portico チームによる翻訳で、ネイティブスピーカーの確認は
# まだです。顧客に使ってもらう前に確認してください。

opens-in-new-tab = （新しいタブで開きます）

card-upgrade = アップグレードして{ $area }を追加
card-not-in-plan = ご利用のプランに含まれていません
card-in-enterprise-plan = Enterprise プランに含まれています。
card-opening = 開いています…
card-picked-opens-with-it = { $provider } を選択しました。設定画面はこのプロバイダーで開きます。このプロバイダーの管理者権限が必要です。
card-picked-choose-it-again = { $provider } を選択しました。設定画面で尋ねられたら、もう一度選択してください。このプロバイダーの管理者権限が必要です。

# 「2026/11/27 に it@acme.example を SSO、ディレクトリ同期の設定に招待しました。」
invited-for = { $date } に { $email } を{ $areas }の設定に招待しました。

it-admin-sent = 招待を送信しました。
it-admin-heading = 設定を IT 管理者に送信
it-admin-lead = 選択した項目の設定リンクを、WorkOS が IT 管理者にメールで送信します。新しい招待を送ると、現在の招待は置き換えられます。
it-admin-open = IT 管理者に送信
it-admin-send = 招待を送信
it-admin-sending = 送信中…
it-admin-email = IT 管理者のメールアドレス
it-admin-areas = 設定する項目
it-admin-revoke = 招待を取り消す
it-admin-revoking = 取り消し中…

domains-label = ドメイン
domains-add = ドメインを追加
domains-adding = 追加中…
domains-add-label = メンバーがサインインに使うドメインを追加
domains-publish-then-verify = この TXT レコードを DNS プロバイダーに追加してから、検証してください。
domains-record-not-found = WorkOS がこのレコードを探しましたが、見つかりませんでした。DNS プロバイダーで名前と値を確認してください。新しいレコードが反映されるまで数時間かかることがあります。その後、もう一度検証してください。
domains-verify-again = もう一度検証
domains-verify-now = 今すぐ検証
domains-checking = 確認中…
domains-remove = { $domain } を削除
domains-removing = 削除中…
record-type = タイプ
record-name = 名前
record-value = 値
# コピーボタンがコピーした対象（「…をコピーしました」）。
record-name-copied = レコード名
record-value-copied = レコードの値

sso-test = SSO サインインをテスト
sso-test-opening = ID プロバイダーを開いています…
sso-test-lead = ID プロバイダーでサインインして、送信される内容を確認します。設定は変更されません。
sso-test-new-tab-lead = 新しいタブで ID プロバイダーを開き、送信される内容を確認します。設定は変更されません。
sso-require = SSO を必須にする
sso-require-on = メンバーは SSO でのみサインインします。
sso-require-off = メンバーは SSO またはパスワードでサインインできます。
sso-require-check = メンバーに SSO でのサインインを必須にする
sso-break-glass = ID プロバイダーの障害に備えて、パスワードでのサインインを維持する管理者（緊急用の管理者）

sso-health = SSO の状態
sso-health-table = 1 日ごとのサインイン数（表形式）
sso-health-day = 日付
sso-health-succeeded = 成功
sso-health-failed = 失敗
sso-health-directory = ディレクトリ：
sso-health-certificate = 証明書：

settings-page-title = 組織の設定 · Portico
settings-unreadable = このページを読み込めませんでした。ページを再読み込みしてください。
settings-embedded-session-ended = この埋め込みセッションは終了しました。続行するには、ご利用の製品でページを再読み込みしてください。
settings-session-ended = セッションが終了しました。
settings-sign-in-again = もう一度サインイン
settings-read-only = この設定は閲覧のみ可能です。変更するには { $organization } の管理者に依頼してください。
# $reason はそれだけで完結した文です。
settings-status-incomplete = 現在の状態を一部取得できませんでした：{ $reason }
settings-heading = { $organization } の設定
settings-lead = 組織のエンタープライズ機能を設定します。それぞれガイド付きの設定画面が開きます。
sign-out = サインアウト
organization = 組織
switch-organization = 切り替え
sso-health-no-sign-in = まだ誰も SSO でサインインしていません。誰かがサインインすると、最後に成功したサインインがここに表示されます。
# $when は「2026/12/03 16:05 (UTC)」。
sso-health-last-sign-in-by = 最後に成功した SSO サインイン：{ $email }、{ $when }。
sso-health-last-sign-in = 最後に成功した SSO サインイン：{ $when }。
sso-health-directory-unread = 現在、ディレクトリの状態を取得できません。
sso-health-certificate-unread = 現在、証明書の状態を取得できません。
# 失敗したサインインの種類: コード、回数、最後の日、意味、対処法。
sso-health-failure = { $code }（{ PLURAL($count) ->
   *[other] { $count } 回
}、最後は { $date }）：{ $what } { $fix }
sso-health-day-said = { $day }：成功 { $succeeded } 件、失敗 { $failed } 件
sso-health-chart-empty = 過去 30 日間に SSO サインインはありません。SSO でサインインがあると、日ごとのサインイン数がここに表示されます。
sso-health-chart = 過去 30 日間：{ PLURAL($succeeded) ->
   *[other] 成功 { $succeeded } 件
}、失敗 { $failed } 件。
sso-health-no-failures = 過去 7 日間に失敗した SSO サインインはありません。
sso-health-failures = { PLURAL($count) ->
   *[other] 過去 7 日間に失敗した SSO サインイン：{ $count } 件
}

picker-choose-identity-provider = ID プロバイダーを選択
picker-search-identity-providers = ID プロバイダーを検索
picker-choose-directory = ディレクトリを選択
picker-search-directories = ディレクトリを検索
picker-change = プロバイダーを変更
picker-no-match = 一致するものはありません。別の名前で検索してください。
picker-matches = { PLURAL($count) ->
   *[other] { $count } 件のプロバイダーが一致しました。
}

banner-dismiss = 閉じる
domains-changed = ドメインが変更されました。
domains-reload = 再読み込みして表示
# ページを開いている間にカードが変わったとき、スクリーンリーダーが読み上げる内容。
live-card-changed = { $area }：{ $state }。{ $summary }

domains-remove-confirm = { $domain } を削除しますか?
domains-remove-consequence = @{ $domain } のアドレスを持つユーザーは { $organization } に関連付けられなくなり、シングルサインオンの対象外になります。
domains-remove-verified-consequence = { $domain } は確認済みです。削除すると、再度確認するには新しい DNS レコードが必要です。
domains-removed = { $domain } をドメインから削除しました。
it-admin-revoke-confirm = { $email } への招待を取り消しますか?
it-admin-revoke-consequence = WorkOS が { $email } に送った設定リンク ({ $areas }) は使えなくなります。すでに設定された内容は変わりません。
cancel = キャンセル
settings-lead-member = 組織のエンタープライズ機能の設定状況です。設定は管理者が行います。
page-nav-label = このページの内容
card-in-use-outside-plan = 現在のプランには含まれていません。設定済みのまま動作しますが、変更するにはアップグレードが必要です。
card-picked-by-admins = 管理者が { $provider } を選びました。
settings-read-only-ask = この設定は閲覧のみ可能です。変更するには管理者に依頼してください：{ $admins }
skip-to-settings = 設定へ移動
