# 日本語: WorkOS の SSO エラーコードの意味と対処法。Portico チームによる翻訳で、ネイティブ
# スピーカーの確認はまだです。顧客に使ってもらう前に確認してください。「SSO を設定」と
# 「ドメイン検証」はページ上の表示名です（area-action、area-title）。

sso-error-what = { $code ->
    [access_denied] ID プロバイダーがサインインを拒否しました。その人がアプリケーションに割り当てられていないか、本人が拒否しました。
    [ambiguous_connection_selector] 組織に SSO 接続が複数あるため、どの接続でサインインするかを特定できません。
    [connection_domain_invalid] このメールアドレスのドメインに対応する SSO 接続が設定されていません。
    [connection_invalid] この SSO 接続はもう存在しません。
    [connection_strategy_invalid] サインインのプロバイダーが複数の方法で設定されています。
    [connection_unlinked] SSO 接続が有効になっていません。設定が完了していないか、無効にされています。
    [domain_connection_selector_not_allowed] サインインで、WorkOS が現在受け付けていない方法で接続が指定されました。
    [idp_initiated_sso_disabled] サインインが ID プロバイダーのアプリダッシュボードから開始されましたが、この接続ではそれが許可されていません。
    [invalid_connection_selector] サインインで、使用する接続が指定されていませんでした。
    [organization_invalid] この組織には有効な SSO 接続がありません。
    [oauth_failed] サインインのプロバイダーで OAuth の処理に失敗しました。
    [profile_not_allowed_outside_organization] ID プロバイダーから送信されたメールアドレスが、組織の検証済みドメインのいずれにも属していません。
    [server_error] ID プロバイダーまたは WorkOS でサインインに失敗しました。主な原因は、SAML 証明書の期限切れや差し替え、またはメールアドレスを送信しない属性マッピングです。
    [signin_consent_denied] 本人がサインインの確認画面で拒否しました。
   *[other] WorkOS から理由が示されないまま、サインインに失敗しました。
}

sso-error-fix = { $code ->
    [access_denied] ID プロバイダーで、その人（またはその人が所属するグループ）をアプリケーションに割り当ててから、もう一度テストしてください。
    [ambiguous_connection_selector] 「SSO を設定」を開いて使わなくなった接続を削除してから、もう一度テストしてください。
    [connection_domain_invalid] 「ドメイン検証」でドメインを検証し、接続がそのドメインを対象にしていることを確認してください。
    [connection_invalid] 「SSO を設定」から SSO をもう一度設定してください。
    [connection_strategy_invalid] 設定に原因はありません。発生した時刻を添えて、Portico の運営者に連絡してください。
    [connection_unlinked] 「SSO を設定」を開いて設定を完了してから、もう一度テストしてください。
    [domain_connection_selector_not_allowed] 設定に原因はありません。発生した時刻を添えて、Portico の運営者に連絡してください。
    [idp_initiated_sso_disabled] Portico のサインインページから開始するか、「SSO を設定」で ID プロバイダーから開始するサインインを許可してください。
    [invalid_connection_selector] 設定に原因はありません。発生した時刻を添えて、Portico の運営者に連絡してください。
    [organization_invalid] 「SSO を設定」で SSO を設定（または下書きのままの接続を完了）してから、もう一度テストしてください。
    [oauth_failed] もう一度お試しください。失敗が続く場合は、プロバイダー側で OAuth アプリケーションのクライアント ID とシークレットを確認してください。
    [profile_not_allowed_outside_organization] 「ドメイン検証」でそのメールアドレスのドメインを検証するか、ID プロバイダーでメール属性を各ユーザーの仕事用アドレスにマッピングしてください。
    [server_error] 「SSO を設定」で証明書と属性マッピングを確認してください。Portico の運営者は WorkOS でこのサインインの詳細を確認できます。
    [signin_consent_denied] もう一度テストして、サインインを確認してください。
   *[other] もう一度テストしてください。失敗が続く場合は、ここに表示されているコードを Portico の運営者に伝えてください。
}

# SSO テストサインインの結果ページ。「最近のアクティビティ」は activity-heading。
sso-test-page-title = SSO のテストサインイン · Portico
sso-test-cannot-finish = このサインインを完了できません
sso-test-nothing = 表示する内容はありません
sso-test-nothing-lead = このアドレスには、ID プロバイダーから戻ったときに SSO サインインの結果が表示されます。
sso-test-close-tab = このタブを閉じて、ご利用の製品に戻ってください。このテストは製品側の「最近のアクティビティ」に表示されます。
sso-test-again = もう一度テスト
sso-test-worked = テストサインインに成功しました
sso-test-worked-lead = ID プロバイダーが { $provider } を通じてサインインしました。送信された内容は次のとおりです。
sso-test-failed = テストサインインに失敗しました
sso-test-what-happened = 発生した問題：
sso-test-how-to-fix = 対処法
sso-test-error-code = エラーコード
sso-test-workos-said = WorkOS からのメッセージ
sso-test-domain-verified = { $domain } は検証済みのドメインです。このドメインのアドレスを持つユーザーは、SSO で Portico にサインインできます。
sso-test-domain-unverified = { $domain } は検証済みのドメインではありません。このドメインのアドレスを持つユーザーは、SSO で Portico にサインインできません。「ドメイン検証」で検証してください。
sso-test-missing = 不足
sso-test-missing-attributes = 不足している属性：{ $attributes }。ID プロバイダーのアプリケーション設定でこれらの属性をマッピングしてから、もう一度テストしてください。
sso-test-used = Portico が使用する情報
sso-test-used-label = Portico が使用する属性
sso-test-attribute = 属性
sso-test-value = 値
sso-test-used-for = 用途
sso-test-received = ID プロバイダーから送信されたすべての情報
sso-test-received-label = 受信した属性
sso-test-nothing-kept = Portico はこれらの値を保存しません。「最近のアクティビティ」には、テストを行ったことと属性名だけが記録されます。
sso-test-uses-email = その人の Portico アカウントを見つけます。初回サインイン時にはアカウントを作成します。
sso-test-uses-name = Portico で表示されるその人の名前。
sso-test-uses-groups = 運営者が指定したグループのメンバーを管理者にします（sso.admin_groups）。
sso-test-other-organization = ID プロバイダーは、この組織ではなく組織 { $organization } としてサインインさせました。
