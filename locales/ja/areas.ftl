# 日本語: エンタープライズ機能とその状態。Portico チームによる翻訳で、ネイティブ
# スピーカーの確認はまだです。顧客に使ってもらう前に確認してください。

area-title = { $intent ->
    [sso] シングルサインオン
    [dsync] ディレクトリ同期
    [domain_verification] ドメイン検証
    [audit_logs] 監査ログ
    [log_streams] ログストリーム
    [certificate_renewal] 証明書の更新
   *[bring_your_own_key] 独自の暗号鍵 (BYOK)
}

# 文中で使う名前（「…の設定は保存されました」）。
area-in-sentence = { $intent ->
    [sso] SSO
    [dsync] ディレクトリ同期
    [domain_verification] ドメイン検証
    [audit_logs] 監査ログ
    [log_streams] ログストリーム
    [certificate_renewal] 証明書の更新
   *[bring_your_own_key] 独自の暗号鍵
}

area-in-banner = { $intent ->
    [sso] SSO
    [dsync] ディレクトリ同期
    [domain_verification] ドメイン検証
    [audit_logs] 監査ログ
    [log_streams] ログストリーム
    [certificate_renewal] 証明書の更新
   *[bring_your_own_key] 独自の暗号鍵
}

# 短い名前（ページ内ナビゲーションとスタッフ用コンソールのバッジ）。
area-short = { $intent ->
    [sso] SSO
    [dsync] ディレクトリ
    [domain_verification] ドメイン
    [audit_logs] 監査ログ
    [log_streams] ログストリーム
    [certificate_renewal] 証明書
   *[bring_your_own_key] BYOK
}

area-description = { $intent ->
    [sso] メンバーが ID プロバイダー（Okta、Entra ID、Google など）でサインインできるようにします。
    [dsync] ディレクトリに合わせて、ユーザーを自動で追加・削除します。
    [domain_verification] メールドメインを所有していることを証明します。
    [audit_logs] 組織内で誰が何をしたかを確認します。
    [log_streams] 監査イベントを SIEM（Datadog、Splunk、S3 など）にストリーミングします。
    [certificate_renewal] 期限切れが近い SAML 署名証明書を置き換えます。
   *[bring_your_own_key] 自社で管理する鍵でデータを暗号化します。
}

area-done = { $intent ->
    [sso] シングルサインオンの設定が完了しました。
    [dsync] ディレクトリ同期の設定が完了しました。
    [domain_verification] ドメイン検証が完了しました。
    [audit_logs] 監査ログの設定を保存しました。
    [log_streams] ログストリームの設定が完了しました。
    [certificate_renewal] 証明書の更新が完了しました。
   *[bring_your_own_key] 暗号鍵の設定が完了しました。
}

# カードのボタン: 状態に応じた操作。
area-action = { $intent ->
    [sso] { $setup ->
        [active] SSO を管理
        [in_progress] SSO の設定を完了
        [needs_attention] SSO の問題を解決
       *[other] SSO を設定
    }
    [dsync] { $setup ->
        [active] ディレクトリ同期を管理
        [in_progress] ディレクトリ同期の設定を完了
        [needs_attention] ディレクトリ同期の問題を解決
       *[other] ディレクトリ同期を設定
    }
    [domain_verification] Admin Portal で検証
    [audit_logs] { $setup ->
        [active] 監査ログを表示
        [needs_attention] 監査ログの問題を解決
       *[other] 監査ログを設定
    }
    [log_streams] { $setup ->
        [active] ログストリームを管理
        [in_progress] ログストリームの設定を完了
        [needs_attention] ログストリームの問題を解決
       *[other] ログストリームを設定
    }
    [certificate_renewal] 証明書を更新
   *[bring_your_own_key] 鍵を設定
}

area-banner-in-progress = { $area }の設定は保存されましたが、まだ有効になっていません。
area-banner-unconfirmed = Admin Portal では{ $area }の設定が完了したと報告されましたが、WorkOS ではまだ確認できていません。
area-banner-thanks = ありがとうございます。WorkOS が{ $area }の設定を受け取りました。

group-title = { $group ->
    [sign-in] サインイン
    [users] ユーザー
   *[logs-and-data] ログとデータ
}

setup-label = { $setup ->
    [not_configured] 未設定
    [in_progress] 設定中
    [active] 有効
   *[needs_attention] 要対応
}

domain-state = { $state ->
    [verified] 検証済み
    [pending] DNS の反映待ち
   *[failed] レコードが見つかりません
}

activity-outcome = { $outcome ->
    [succeeded] 完了
    [refused] 拒否
   *[failed] 失敗
}

role-name = { $role ->
    [admin] 管理者
   *[member] メンバー
}

# WorkOS の状態を読み取れなかったときのカードのバッジ。
setup-unknown = 状態不明
setup-label-stale = { $state }（前回の情報）
