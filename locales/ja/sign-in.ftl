# 日本語: サインインのページ。ネイティブスピーカーの確認はまだです。

sign-in-page-title = サインイン · Portico
sign-in-password-page-title = パスワードでサインイン · Portico
sign-in-heading = サインイン
sign-in-lead = サインインして、組織のエンタープライズ設定を管理します。
sign-in-work-email = 仕事用のメールアドレス
sign-in-continue = 続行
sign-in-continuing = 処理中…
sign-in-sso-explained = 組織がシングルサインオンを使っている場合は、ID プロバイダーでサインインします。
sign-in-use-password = 代わりにパスワードを使う
sign-in-password-lead = パスワードを入力してサインインしてください。
sign-in-email = メールアドレス
sign-in-password = パスワード
sign-in-remember = このデバイスでサインインしたままにする
sign-in-submit = サインイン
sign-in-signing-in = サインイン中…
sign-in-use-sso = 代わりにシングルサインオンでサインイン
