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

# Lists: "SSO, directory sync and log streams".
list-separator = {", "}
list-and = { $init } and { $last }

# The copy button; $what is what it copies, in a sentence ("record value").
copy = Copy
copy-copied = Copied
copy-what = the { $what }
copy-done = Copied the { $what }.
copy-failed = Could not copy: select the { $what } and copy it.

save = Save
saving = Saving…
try-again = Try again
# Two sentences one after the other (a space between them in most languages).
two-sentences = { $first } { $second }

when-today = today
when-tomorrow = tomorrow
when-in-days = { PLURAL($days) ->
    [one] in { $days } day
   *[other] in { $days } days
}
back-to-settings = Back to settings
