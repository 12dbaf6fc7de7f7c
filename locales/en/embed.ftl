# The embed's own small pages: inside a host product's frame, or in the tab it opens.

embed-refused = This embedded page cannot be shown
# $reason is for the host's developers, in English.
embed-refused-because = Portico refused the embed token: { $reason }. Reload the page in your product to get a new one.
embed-failed = Something went wrong on our side
embed-failed-lead = Portico could not start the embedded page. Reload the page in your product to try again.
embed-done = { $area } setup finished
embed-done-lead = You can close this tab and go back to your product: it shows the new status.
embed-closed = Setup closed
embed-closed-lead = You can close this tab and go back to your product.
embed-button-expired = This button has expired
embed-button-expired-lead = Go back to your product and click the button again.
embed-no-longer-member = You are no longer a member
embed-no-longer-member-lead = Your product no longer lists you in this organization.
embed-portal-failed = The setup could not be opened
embed-sso-test-failed = The test sign-in could not be started
embed-sso-test-elsewhere = A test sign-in starts from the SSO card in your product. Go back there and click Test SSO sign-in.
embed-not-set-up = Embedding is not set up
embed-not-set-up-lead = This Portico has no PORTICO_EMBED_SECRET, so it accepts no embed tokens.
embed-unknown-parent = Portico cannot tell which site embeds it
embed-unknown-parent-lead = The framing page sent no Referer naming one of the embed_origins. Keep the default referrer policy on the host page, or list a single origin in embed_origins.
embed-appearance-refused = Portico could not use the appearance the host product asked for: { $reason }.
