# 日本語: アクティビティの一覧とダウンロード。Portico チームによる翻訳で、ネイティブ
# スピーカーの確認はまだです。顧客に使ってもらう前に確認してください。

activity-heading = 最近のアクティビティ
activity-lead = { PLURAL($days) ->
   *[other] この組織のサインイン、設定リンク、変更の記録です。{ $days } 日間保持されます。
}
activity-empty = まだ記録はありません。
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

# アクティビティ一覧の各操作の説明（$action は保存名で、「.」を「-」にしたもの）。
action-described = { $action ->
    [user-sign_in] サインインしました
    [user-sign_out] サインアウトしました
    [organization-switch] この組織に切り替えました
    [portal_link-create] Admin Portal を開きました
    [provider-choose] プロバイダーを選択しました
    [domain-add] ドメインを追加しました
    [domain-verify] ドメインの DNS レコードを確認しました
    [domain-remove] ドメインを削除しました
    [it_contact-add] IT 担当者を追加しました
    [it_contact-invite] IT 管理者に設定を依頼しました
    [it_contact-revoke] IT 管理者への招待を取り消しました
    [membership-add] メンバーを追加しました
    [membership-set_role] メンバーのロールを変更しました
    [membership-remove] メンバーを削除しました
    [portal_link-revoke] ユーザーの Admin Portal リンクを無効にしました
    [organization-set_features] プランに含まれる項目を変更しました
    [audit-export] アクティビティログをダウンロードしました
    [audit-purge] 保持期間を過ぎたアクティビティを削除しました
    [workos-change] 変更を報告しました
    [notification-email] 管理者にメールを送信しました
    [staff-sign_in] スタッフ用コンソールにサインインしました
    [staff-sign_out] スタッフ用コンソールからサインアウトしました
    [staff-add] スタッフを追加しました
    [staff-set_role] スタッフのロールを変更しました
    [staff-remove] スタッフを削除しました
    [staff-export] 組織の一覧をエクスポートしました
    [api_key-create] ホスト API キーを作成しました
    [api_key-revoke] ホスト API キーを取り消しました
    [webhook_endpoint-add] Webhook エンドポイントを登録しました
    [webhook_endpoint-remove] Webhook エンドポイントを削除しました
    [webhook_delivery-replay] Webhook を再送信しました
    [organization-create] 組織を作成しました
    [organization-delete] 組織を削除しました
    [api-call] ホスト API を呼び出しました
    [sso-tested] SSO サインインをテストしました
   *[organization-require_sso] 「SSO を必須にする」を変更しました
}

activity-by-operator = Portico の運営者 (コマンドライン)
activity-detail-about = { $subject }：{ $rest }
activity-detail-for-areas = { $subject }（{ $areas }）
activity-detail-embedded = { $host } 経由（{ $role }）
activity-detail-as-role = { $email }（{ $role }）
activity-detail-sso = シングルサインオン経由（{ $provider }）
activity-detail-sso-refused = シングルサインオン経由：{ $reason }
activity-detail-every-area = すべての項目
activity-detail-no-area = 項目なし
activity-detail-plan = 項目：{ $areas }
activity-filter-not-a-day = { $typed } は日付ではありません。2026-11-01 のように入力してください。それまでは全期間を表示します。
activity-filter-empty-range = 終了日が開始日より前です。開始日以降をすべて表示します。
activity-times = { PLURAL($count) ->
   *[other] この日 { $count } 回
}
activity-filter-heading = 絞り込み
activity-filter-who = 実行者（メールアドレスまたはその一部）
activity-filter-what = 操作
activity-filter-result = 結果
activity-filter-any = すべて
activity-filter-from = 開始日
activity-filter-to = 終了日
activity-filter-apply = 表示
activity-filter-clear = すべて表示
activity-filter-nothing = この条件に一致する記録はありません。
activity-load-more = さらに表示
activity-kind = { $kind ->
    [sign_ins] サインイン
    [setup] 設定
    [domains] ドメイン
    [it_admin] IT 管理者への招待
    [members] メンバー
    [plan] プラン
    [trail] ダウンロードと整理
    [workos] WorkOS が通知した変更
    [emails] 管理者へのメール
   *[host_product] ホスト製品
}
