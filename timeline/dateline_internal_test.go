package timeline

import (
	"testing"
	"time"
)

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
		{"BEIJING/OTTAWA, Aug 24 (Reuters) - Canada said on Tuesday it would impose duties.\n", "2016-08-23/weekday"},
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

// TestWireDayAnchors checks that a story published on Saturday 2016-08-27
// under a wire dateline of the day or up to three days before counts its
// relative dates from the dateline's day, and otherwise from publication.
func TestWireDayAnchors(t *testing.T) {
	pub := time.Date(2016, 8, 27, 0, 0, 0, 0, time.UTC)
	tests := []buildCase{
		{"GENEVA, Aug. 26 (Reuters) - Kerry and Lavrov will meet again today.\n", "2016-08-26/casual_day"},
		{"GENEVA, Aug. 24 (Reuters) - Kerry and Lavrov will meet again today.\n", "2016-08-24/casual_day"},
		{"GENEVA, Aug. 26, 2016 (AP) — Kerry said talks ended yesterday.\n", "2016-08-25/casual_day"},
		// The publication date counts: no dateline, one more than three
		// days before, one after it, or a date that is not a dateline.
		{"GENEVA, Aug. 23 (Reuters) - Kerry and Lavrov will meet again today.\n", "2016-08-27/casual_day"},
		{"GENEVA, Aug. 28 (Reuters) - Kerry and Lavrov will meet again today.\n", "2016-08-27/casual_day"},
		{"On Aug. 26, Kerry and Lavrov said they would meet again today.\n", "2016-08-26/month_day 2016-08-27/casual_day"},
		{"Kerry and Lavrov will meet again today.\n", "2016-08-27/casual_day"},
	}
	checkBuilds(t, func(t *testing.T, text string) string {
		return eventsOn(t, text, pub, func(e *Event) string { return e.When.Value.Value + "/" + e.When.Rule })
	}, tests)
}
