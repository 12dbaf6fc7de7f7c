# 日本語: 処理が失敗したり拒否されたりしたときに表示する内容。Portico チームによる翻訳で、
# ネイティブスピーカーの確認はまだです。顧客に使ってもらう前に確認してください。

error-unrecorded = Portico はこの操作を監査証跡に記録できませんでした。WorkOS で変更が行われた場合は、Portico のログに残っています。しばらくしてからもう一度お試しください。
error-internal = こちら側で問題が発生しました。もう一度お試しください。問題が続く場合は、Portico の運営者にお問い合わせください。
error-not-in-plan = { $area }は { $organization } のプランに含まれていません。
error-not-linked = { $organization } はまだ WorkOS にリンクされていません。Portico の運営者にリンクを依頼してください。
error-workos-rate-limited-for = { PLURAL($seconds) ->
   *[other] WorkOS がリクエストを制限しています。{ $seconds } 秒後にもう一度お試しください。
}
error-workos-rate-limited = WorkOS がリクエストを制限しています。1 分後にもう一度お試しください。
error-organization-over-budget = { PLURAL($seconds) ->
   *[other] 直近 1 分間に、組織から WorkOS へのリクエストが多数ありました。{ $seconds } 秒後にもう一度お試しください。
}
error-portico-over-budget = { PLURAL($seconds) ->
   *[other] 現在、Portico から WorkOS へのリクエストが多数あります。{ $seconds } 秒後にもう一度お試しください。
}
error-workos-key-rejected = Portico の WorkOS API キーが拒否されました。WORKOS_API_KEY を確認するよう、Portico の運営者に依頼してください。
error-workos-unknown-organization = この組織は WorkOS に登録されていません。再リンクを Portico の運営者に依頼してください。
error-workos-refused = WorkOS がリクエストを拒否しました。Portico のログを確認するよう、Portico の運営者に依頼してください。
error-workos-key-permission = Portico の WorkOS API キーに、この操作に必要な権限がありません。キーの権限を確認するよう、Portico の運営者に依頼してください。
error-workos-down = WorkOS が現在応答していません。1 分後にもう一度お試しください。

error-wrong-password = メールアドレスまたはパスワードが正しくありません。
error-missing-credentials = メールアドレスとパスワードを入力してください。
error-no-organization = このアカウントはまだどの組織にも所属していません。
error-sso-required = { $organization } では、パスワードではなくシングルサインオンでサインインします。仕事用のメールアドレスを入力して「続行」を選ぶと、ID プロバイダーでサインインします。
# 管理者だけが行える操作をメンバーが求めたとき。
error-admins-only = { $refused ->
    [open-setup] 設定を開けるのは { $organization } の管理者だけです。
    [read-activity] アクティビティを表示できるのは { $organization } の管理者だけです。
    [export-activity] アクティビティをダウンロードできるのは { $organization } の管理者だけです。
   *[change-settings] この設定を変更できるのは { $organization } の管理者だけです。
}
error-not-member = この組織のメンバーではありません。
error-too-many-sign-ins = { PLURAL($seconds) ->
   *[other] サインインの試行回数が多すぎます。{ $seconds } 秒後にもう一度お試しください。
}
error-sign-ins-busy = Portico はほかのサインインを確認中です。数秒後にもう一度お試しください。
error-sign-in-unrecorded = Portico はこの操作を監査証跡に記録できなかったため、実行しませんでした。しばらくしてからもう一度お試しください。
error-sign-in-first = 先にサインインしてください。
error-unreadable-request = リクエストを読み取れませんでした：{ $detail }
error-missing-field = フィールド「{ $field }」がありません。
error-unreachable = Portico に接続できませんでした。接続を確認して、もう一度お試しください。

# 入力がドメインでない理由。「"acme .com"：…」に続きます。
domain-reason = { $reason ->
    [empty] 空です
    [more-than-a-domain] ドメイン以外の内容が含まれています
    [email-address] メールアドレスで、ドメインではありません
    [spaces] スペースが含まれています
    [port] ポート番号が含まれています
    [ip-address] IP アドレスです
    [ends-in-number] 末尾が数字です
    [bad-characters] ドメインに使えない文字が含まれています
    [needs-a-dot] ドットが必要です（例: acme.com）
    [too-long] 253 文字を超えています
   *[bad-part] 空の部分、長すぎる部分、または使えない文字を含む部分があります
}

error-domain-empty = ドメインを入力してください（例: acme.com）。
# $typed は引用符付きの入力、$reason は上の domain-reason。
error-domain-bad = { $typed }：{ $reason }。ドメインだけを入力してください（例: acme.com）。
error-domain-taken = { $domain } は、WorkOS ですでに別の組織が登録しています。ご自身のドメインである場合は、先にそちらから削除してください。
error-domain-ours = { $state ->
    [verified] { $domain } はすでに登録済みで、検証も完了しています。
    [failed] { $domain } はすでに登録済みですが、検証に失敗しました。下に表示されている TXT レコードを公開してから、もう一度確認してください。
   *[pending] { $domain } はすでに登録済みで、DNS レコードの反映待ちです。下に表示されている TXT レコードを公開してから、確認してください。
}
error-domain-verified = { $domain } はすでに検証済みです。
error-domain-not-ours = このドメインは組織のものではありません。ページを再読み込みして、組織のドメインを確認してください。

error-it-admin-email-empty = IT 管理者のメールアドレスを入力してください。
error-it-admin-email-bad = { $typed } はメールアドレスではありません。it@acme.com のような形式で入力してください。
error-it-admin-no-areas = IT 管理者に設定してもらう項目を 1 つ以上選択してください。
error-it-admin-bad-area = 一覧から項目を選択してください。WorkOS が IT 管理者を案内できるのは、それらの項目だけです。
error-it-admin-nothing-to-revoke = 取り消す招待はありません。ページを再読み込みして、現在の状態を確認してください。
error-it-admin-unrecorded = WorkOS は IT 担当者を追加しましたが、Portico は監査証跡に記録できませんでした（Portico のログには残っています）。しばらくしてからもう一度お試しください。

error-portal-unrecorded = Portico はこの操作を監査証跡に記録できなかったため、設定リンクを開きませんでした。もう一度お試しください。問題が続く場合は、Portico の運営者にお問い合わせください。
error-portal-untrusted-link = WorkOS から返された設定リンクを Portico が信頼できないため、開きませんでした。portal_hosts の設定を確認するよう、Portico の運営者に依頼してください。
error-unknown-provider = 一覧からプロバイダーを選択してください。

error-sso-not-configured = この Portico では SSO サインインが設定されていません。WORKOS_CLIENT_ID を設定するよう、Portico の運営者に依頼してください。
error-sso-unexpected = このサインインはこのブラウザーで開始されていないか、すでに完了しています。もう一度サインインを開始してください。
error-sso-expired = このサインインは 10 分以上かかりました。もう一度サインインを開始してください。
error-sso-refused = ID プロバイダーでサインインできませんでした：{ $what } { $fix }
error-sso-other-organization = ID プロバイダーが、メールアドレスの所属とは別の組織としてサインインさせたため、Portico ではサインインしませんでした。IT 管理者に連絡してください。
error-sso-outside-domains = ID プロバイダーは { $email } としてサインインさせましたが、このアドレスは組織の検証済みドメインに含まれないため、Portico ではサインインしませんでした。IT 管理者に連絡してください。
error-sso-not-a-member = { $email } にはすでに Portico アカウントがありますが、{ $organization } のメンバーではありません。{ $organization } の管理者に追加を依頼してから、もう一度サインインしてください。
error-sso-unrecorded = Portico はこのサインインを監査証跡に記録できなかったため、サインインは完了していません。しばらくしてからもう一度お試しください。

error-export-unknown-parameter = `{ $name }` はエクスポートのパラメーターではありません。format、from、to を使ってください。
error-export-twice = `{ $name }` が 2 回指定されています。
error-export-format = 不明な形式 { $format } です。csv か jsonl を使ってください。
error-export-empty-range = 期間が空です。`from` は `to` より前にしてください。
error-export-not-a-date = `{ $name }` には 2026-11-01 のような日付か 2026-11-01T09:30:00Z のような日時を指定してください ({ $typed } は使えません)。
error-export-out-of-range = `{ $name }` が範囲外です。
error-export-elsewhere = ダウンロードは Portico の設定ページのアクティビティカードから始めてください。

error-break-glass-needs-password = パスワードでのサインインを残せるのは、パスワードを持つ組織の管理者だけです。
error-require-sso-inactive = SSO を必須にするには、有効な SSO 接続が必要です。先に SSO の設定を完了し、テストしてください。
error-require-sso-no-break-glass = ID プロバイダーの障害で全員が締め出されないよう、パスワードでのサインインを残す管理者を 1 人以上選んでください。
error-require-sso-locks-you-out = あなたはパスワードでサインインしています。パスワードでのサインインを残す管理者に自分を含めるか、先に SSO でサインインしてください。このまま保存するとサインアウトされます。
error-work-email = 仕事用のメールアドレスを入力してください (例: jane@example.com)。
