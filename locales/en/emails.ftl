# The emails Portico sends an organization's admins.

email-subject = { $organization }: { $area } needs attention
email-needs-attention = { $area } needs attention in { $organization }'s settings.
email-check-dns-record = Check the DNS record
email-why = You get this email because you are an admin of { $organization } in Portico. It comes at most once a day while this lasts.
