# 日本語: 埋め込み専用の小さなページ。ホスト製品のフレーム内、またはホスト製品が開くタブに表示されます。
# Portico チームによる翻訳で、ネイティブスピーカーの確認はまだです。顧客に使ってもらう前に確認してください。

embed-refused = この埋め込みページは表示できません
# $reason はホスト製品の開発者向けで、英語のままです。
embed-refused-because = Portico は埋め込みトークンを拒否しました：{ $reason }。新しいトークンを取得するには、ご利用の製品でページを再読み込みしてください。
embed-failed = こちら側で問題が発生しました
embed-failed-lead = Portico で埋め込みページを開始できませんでした。ご利用の製品でページを再読み込みして、もう一度お試しください。
embed-done = { $area }の設定が完了しました
embed-done-lead = このタブを閉じて、ご利用の製品に戻ってください。製品側に新しい状態が表示されます。
embed-closed = 設定を閉じました
embed-closed-lead = このタブを閉じて、ご利用の製品に戻ってください。
embed-button-expired = このボタンの有効期限が切れています
embed-button-expired-lead = ご利用の製品に戻り、もう一度ボタンをクリックしてください。
embed-no-longer-member = メンバーではなくなりました
embed-no-longer-member-lead = ご利用の製品で、この組織のメンバーとして登録されなくなりました。
embed-portal-failed = 設定画面を開けませんでした
embed-sso-test-failed = テストサインインを開始できませんでした
embed-sso-test-elsewhere = テストサインインは、ご利用の製品の SSO カードから開始します。製品に戻って「SSO サインインをテスト」をクリックしてください。
embed-not-set-up = 埋め込みが設定されていません
embed-not-set-up-lead = この Portico には PORTICO_EMBED_SECRET が設定されていないため、埋め込みトークンを受け付けません。
embed-unknown-parent = Portico を埋め込んでいるサイトを特定できません
embed-unknown-parent-lead = 埋め込み元のページから、embed_origins のいずれかを示す Referer が送信されませんでした。ホストページのリファラーポリシーを既定のままにするか、embed_origins にオリジンを 1 つだけ指定してください。
embed-appearance-refused = Portico はホスト製品が指定した外観を使用できませんでした：{ $reason }。
