# The activity list on the settings page and its download.

activity-heading = Recent activity
activity-lead = { PLURAL($days) ->
    [one] Sign-ins, setup links and changes in this organization, kept { $days } day.
   *[other] Sign-ins, setup links and changes in this organization, kept { $days } days.
}
activity-empty = Nothing recorded yet.
activity-newest = Newest
activity-older = Older activity
activity-pages = Activity pages
activity-entries = Activity entries
activity-when = When
activity-who = Who
activity-what = What
activity-result = Result
activity-from = From
activity-download-heading = Download for your auditors
activity-download-from = From
activity-download-to = To
activity-download-format = Format
activity-download = Download
