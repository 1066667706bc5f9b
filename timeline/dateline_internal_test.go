package timeline

import "testing"

// TestWireDatelineNoEvent checks that the date of a wire-service dateline
// at the start of the lead dates no event (the lead's own date, in the
// week before the publication day, 2016-08-26, dates it), and that other
// dates near the start of a sentence still do.
func TestWireDatelineNoEvent(t *testing.T) {
	checkBuilds(t, eventRules, []buildCase{
		{"GENEVA, Aug. 26, 2016 (Reuters) - Kerry and Lavrov met on Thursday.\n", "2016-08-25/weekday"},
		{"KYIV, Ukraine, Aug. 24 (Reuters) - Russian forces shelled the city on Tuesday.\n", "2016-08-23/weekday"},
		{"NEW YORK, August 22, 2016 /PRNewswire/ -- The company said on Monday it would expand.\n", "2016-08-22/weekday"},
		{"WASHINGTON, Aug. 25 — The Senate voted on Wednesday.\n", "2016-08-24/weekday"},
		// Not datelines: the date is the sentence's.
		{"On Aug. 24, 2016, Kerry and Lavrov met in Geneva.\n", "2016-08-24/month_day"},
		{"Geneva, Aug. 24, was the first round of talks.\n", "2016-08-24/month_day"},
		{"Kerry met Lavrov in Geneva. GENEVA, Aug. 24 (Reuters) - quoted later.\n", "2016-08-24/month_day 2016-08-26/lead"},
	})
}

// eventRules returns the values and rules of the events of a build of
// text, published on 2016-08-26: "2016-08-25/weekday 2016-08-26/lead".
func eventRules(t *testing.T, text string) string {
	t.Helper()
	return eventsOf(t, text, func(e *Event) string { return e.When.Value.Value + "/" + e.When.Rule })
}
