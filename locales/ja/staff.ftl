# 日本語。Portico チームによる翻訳で、ネイティブスピーカーの確認はまだです。
# 顧客に使ってもらう前に確認してください。
#
# スタッフコンソール (/staff): 運営会社のサポート担当とオーナーがすべての顧客組織を
# 見守るためのページ、2 要素目を使ったサインイン、操作が拒否されたときの説明。

## サインインと 2 要素目

staff-sign-in-page-title = スタッフのサインイン · Portico
staff-sign-in-heading = スタッフのサインイン
# $link は顧客用サインインページへのリンクで、その文言は staff-sign-in-lead-link です。
staff-sign-in-lead = Portico を運営する会社のサポートチーム向けです。顧客の方は{ $link }からサインインします。
staff-sign-in-lead-link = 設定画面のサインイン
staff-code-page-title = スタッフのサインイン：コード · Portico
staff-code-heading = コードを入力してください
staff-code-lead = { $email } としてサインインしています。認証アプリに表示されている 6 桁のコード、またはリカバリーコードのいずれかを入力してください。
staff-code = コード
staff-start-again = 最初からやり直す
staff-enrol-page-title = 2 要素目を設定 · Portico
staff-enrol-heading = 2 要素目を設定
staff-enrol-lead = スタッフのサインインには毎回、認証アプリのコードが必要です。{ $email } を追加するには、スマートフォンのアプリでこのコードをスキャンしてください。
staff-enrol-type-secret = スキャンできない場合は、代わりにこのシークレットをアプリに入力してください（時間ベース、6 桁、30 秒ごと）：
staff-enrol-code = アプリに現在表示されているコード
staff-enrol-confirm = 確認してサインイン
staff-qr-label = 2 要素目のシークレットの QR コード
staff-recovery-codes = リカバリーコード
staff-recovery-codes-heading = リカバリーコード
staff-recovery-codes-lead = 2 要素目の設定が完了しました。これらのコードは安全な場所に保管してください。スマートフォンをなくした場合、各コードで 1 回ずつサインインできます。コードが表示されるのは今回だけです。
staff-recovery-codes-kept = 保管しました：コンソールを開く

## コンソールの枠

staff-console = スタッフコンソール
staff-console-page-title = スタッフコンソール · Portico
staff-page-title = { $page } · スタッフコンソール · Portico
staff-brand = Portico スタッフコンソール
staff-nav = コンソール
staff-account = { $email }（{ $role }）
staff-team = スタッフ

staff-role = { $role ->
    [owner] オーナー
   *[support] サポート
}
staff-role-name = { $role ->
    [owner] オーナー
   *[support] サポート
}
staff-role-explained = { $role ->
    [owner] オーナー：スタッフとメンバーの管理も行います
   *[support] サポート：すべての組織を閲覧し、組織に代わって操作します
}

## スタッフのアカウント（オーナーのみ）

staff-accounts = スタッフのアカウント
staff-role-label = ロール
staff-second-factor = 2 要素目
staff-factor-set-up = 設定済み
staff-factor-at-first-sign-in = 初回サインイン時
staff-added-on = 追加日
staff-change = { $email } を変更
staff-add-heading = スタッフを追加
staff-add = 追加
staff-added = { $email } を追加しました。パスワード（表示は今回のみ）：{ $password }。2 要素目は初回サインイン時に設定されます。

## サインインや変更が拒否されたときにスタッフに伝える内容

staff-error-signed-out = 先にスタッフコンソールにサインインしてください。
staff-error-second-step-expired = サインインに時間がかかりすぎました。メールアドレスとパスワードをもう一度入力してください。
staff-error-codes-locked = { PLURAL($minutes) ->
   *[other] 誤ったコードが多すぎます。あと { $minutes } 分間はコードを受け付けません。その後もう一度サインインするか、オーナーに連絡してください。
}
staff-error-not-owner = この操作はオーナーのみ行えます。スタッフコンソールのオーナーに依頼してください。
staff-error-wrong-code = コードが正しくないか、有効期限が切れています。アプリに現在表示されているコード、またはリカバリーコードを入力してください。
staff-error-used-code = このコードはすでに使用されています。次のコードが表示されるまでお待ちください。
staff-error-factor-changed = その間に 2 要素目が変更されました。メールアドレスとパスワードをもう一度入力してください。
staff-error-bad-role = 「{ $role }」はスタッフのロールではありません。support または owner を指定してください。
staff-error-bad-email = { $typed } はメールアドレスではありません。
staff-error-exists = { $email } にはすでにスタッフのアカウントがあります。
staff-error-not-found = { $email } にはスタッフのアカウントがありません。
staff-error-last-owner = { $email } は最後のオーナーです。スタッフを管理できる人が必要です。先に別のオーナーを追加してください。
staff-error-short-password = パスワードは 12 文字以上にしてください。

## 組織の一覧

console-organizations = 組織
console-needs-attention = 要対応
console-integrations = 連携
console-organizations-count = { PLURAL($count) ->
   *[other] { $count } 件の組織
}
console-search = 検索
console-search-placeholder = 名前、ドメイン、または WorkOS ID
console-show = 表示
console-show-all = すべての組織
console-show-expiring = 証明書の期限切れが近い
console-show-sso-failing = SSO に問題あり
console-not-configured = 未設定
console-within-days = 期間（日数）
console-plan-includes = プランに含まれる項目
console-any-plan = すべてのプラン
console-sort = 並べ替え
console-name = 名前
console-sort-attention = 要対応を先頭に
console-sort-certificate = 証明書の有効期限
console-apply = 適用
console-clear = クリア
console-export = CSV をエクスポート
console-badge = { $state ->
    [excluded] { $area }：プランに含まれていません
    [unknown] { $area }：まだ不明です
    [not_configured] { $area }：未設定
    [in_progress] { $area }：設定中
    [active] { $area }：有効
   *[needs_attention] { $area }：要対応
}
console-attention-areas = { PLURAL($count) ->
   *[other] { $count } 項目
}
console-attention-since = { $date } から
console-not-read-yet = 未読み込み
console-read-on = { $date } に読み込み
console-no-workos-organization = WorkOS の組織なし
console-no-match = 条件に一致する組織はありません。
console-first-page = 最初のページ
console-next-page = 次のページ
console-areas = 項目
console-certificate-expires = 証明書の有効期限
console-status-read = 状態の読み込み
console-pages = ページ

## 「要対応」の一覧

console-nothing-needs-attention = 現在、対応が必要なものはありません。
console-attention-lead = 機能が停止した、または停止しそうな項目がある組織です。待ち時間の長い順に表示しています。
console-label = { $label }：
console-nobody-told = まだ誰にも連絡していません。
console-waiting-since = { $date } から
console-who-was-told = 連絡済みの相手
console-next = 次の対応：
console-told-emailed = Portico は { $date } に管理者にメールで連絡しました。
console-next-ask-contact = 設定のメールが届いたかどうかを { $email } に確認するか、Admin Portal のリンクを渡してください。
console-next-call = 管理者に連絡しましたが、変化はありません。IT 担当者に設定を送信するか、電話で連絡してください。
console-next-tell-contact = まだ誰にも連絡していません。組織の IT 担当者に設定を送信してください。

## 1 つの組織

console-reason = 理由（組織の管理者が読みます）
console-not-in-plan = プラン対象外
console-no-status = 状態なし
console-change = 変更
console-member-role = { $role ->
    [admin] 管理者
   *[member] メンバー
}
console-remove-member = 組織から削除
console-change-member = メンバーを変更
console-members-owners-only = メンバーを変更できるのはコンソールのオーナーだけです。
console-members = メンバー
console-members-label = メンバーとそのロール
console-no-invitation = 保留中の設定の招待はありません。
console-handed-over = { $area }：{ $who } が渡しました（{ $when }）
console-day-and-time = { $date } { $time } (UTC)
console-no-handoffs = コンソールから渡された Admin Portal のリンクはありません。
console-pending = 招待と受け渡し
console-member-links = { $email } のリンク
console-act = 顧客に代わって操作
console-invite-heading = IT 担当者に設定を送信
console-invite-email = IT 担当者のメールアドレス
console-invite = 設定を送信
console-link-heading = Admin Portal のリンクを渡す
console-area = 項目
console-link = リンクを生成
console-revoke-heading = Admin Portal のリンクを取り消す
console-revoke-whose = 対象のリンク
console-revoke-handed-over = コンソールから渡したリンク
console-revoke = リンクを取り消す
console-plan-heading = プランの項目
console-plan-included = 含まれる項目
console-plan-save = プランを保存
console-new-link = { $area }の Admin Portal リンク
console-new-link-lead = 今すぐ組織の管理者に渡してください。このリンクは 1 回だけ開くことができ、作成から 5 分後に期限が切れます。表示されるのは今回だけです。
console-new-link-copied = リンク
console-no-workos-organization-yet = WorkOS の組織はまだありません
console-status = 状態
console-done = { $done ->
    [invited] IT 担当者に設定を送信しました。組織の管理者はアクティビティでこれを確認できます。
    [revoked] WorkOS でそれらの Admin Portal リンクを無効にしました。
    [plan] プランの項目を変更しました。
   *[member] メンバーを変更しました。
}
console-error-no-organization = その組織はありません。削除された可能性があります。
console-error-no-reason = この操作を行う理由を入力してください。組織の管理者がアクティビティで読みます。
console-error-long-reason = { PLURAL($most) ->
   *[other] 理由は { $most } 文字未満にしてください。
}
console-error-unknown = { $typed } はコンソールが認識できない値です。一覧から選択してください。

## 運営会社の連携（オーナーのみ）

console-keys = ホスト API キー
console-keys-lead = バックエンドはこれらのキーで /api/v1 を呼び出します（/api/v1/openapi.json を参照）。キーが表示されるのは作成時の 1 回だけです。
console-keys-label = API キー
console-key-revoked = { $date } に取り消し
console-key-last-used = 最終使用：{ $date }
console-key-never-used = 未使用
console-key-revoke = { $name } を取り消す
console-key-made = { $date } に作成
console-key-make-heading = キーを作成
console-key-scopes = スコープ
console-key-make = キーを作成
console-remove = 削除
console-endpoints = Webhook エンドポイント
console-endpoints-lead = Portico は、顧客の設定が変わるたびに署名付き（WorkOS が自身の Webhook に署名するのと同様の Portico-Signature）でこれらに送信し、1 日の間再試行します。公開アドレスのみ登録できます。
console-endpoints-label = 登録済みのエンドポイント
console-endpoint-add-heading = エンドポイントを追加
console-endpoint-url = URL
console-endpoint-events = イベント（選択なし：すべてのイベント）
console-endpoint-add = エンドポイントを追加
console-every-event = すべてのイベント
console-deliveries = 配信
console-deliveries-empty = まだ何も送信していません。
console-deliveries-label = 配信ログ
console-delivery-made-column = 作成日時
console-delivery-event = イベント
console-delivery-endpoint = エンドポイント
console-delivery-state = 状態
console-delivery-again = 再送
console-delivery-attempts = { PLURAL($count) ->
   *[other] { $count } 回試行
}
console-delivery-send-again = 再送信
console-delivery-made = { $date } { $time }
console-delivery-answered = 応答 { $status }
console-delivery-delivered = 配信済み（{ $answered }）
console-delivery-gave-up = 中止：{ $answered }
console-delivery-waiting = 送信待ち
console-delivery-retrying = { $time } (UTC) に再試行（{ $answered }）
console-shown-key = API キー { $name }
console-shown-secret = { $url } の署名シークレット
console-shown-once = { $what }（表示は今回のみ）：{ $value }

console-key-bad-name = キーに名前を付けてください（英字、数字、スペース、ピリオド、ハイフン、60 文字以内）。
console-key-unknown-scope = { $scope } はスコープではありません。organizations:read、organizations:write、members:write、embed:write、webhooks:write のいずれかを指定してください。
console-key-no-scope = キーには少なくとも 1 つのスコープを指定してください：organizations:read、organizations:write、members:write、embed:write。
console-key-exists = { $name } という名前のキーはすでに存在します。
console-key-not-found = { $name } という名前の使用中のキーはありません。
console-endpoint-bad-url = { $url } は URL ではありません。
console-endpoint-not-http = URL は http または https で、ホスト名を含む必要があります。
console-endpoint-private = { $address } はプライベート、ループバック、またはリンクローカルのアドレスです。Portico はそこには送信しません。
console-endpoint-unresolved = { $host } はどのアドレスにも解決されません。
console-endpoint-unknown-event = { $event } はイベントではありません。organization.status_changed、organization.needs_attention、handoff.completed のいずれかを指定してください。
console-endpoint-credentials = URL にユーザー名またはパスワードが含まれています。これらを含まない URL をエンドポイントに指定してください（送信元は署名で証明されます）。
console-endpoint-not-found = エンドポイント { $id } はありません。
console-delivery-not-found = 配信 { $id } はありません。
console-key-revoke-confirm = キー { $name } を無効にしますか？
console-key-revoke-consequence = 今後 { $name } による呼び出しはすべて拒否され、このキーは二度と使えません。ホストのバックエンドには新しいキーが必要です。
console-revoking = 無効にしています…
console-endpoint-remove = { $url } を削除
console-endpoint-remove-confirm = エンドポイント { $url } を削除しますか？
console-endpoint-remove-consequence = { $url } にはイベントが送られなくなり、送信済み・送信待ちの配信も配信ログから消えます。
console-removing = 削除しています…
