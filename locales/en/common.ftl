# Words every page shares. English is the source language: every other language's
# files have the same message ids (a test checks).

# A moment, in the language's sentence: $date is "3 Dec 2026", $time "16:00".
date-at-time = { $date } at { $time } UTC

language-label = Language
language-apply = Change language
language-unknown = Choose one of the languages listed.

not-found-page-title = Not found · Portico
not-found-heading = Page not found
not-found-lead = There is nothing at this address.
not-found-link = Go to your organization settings
