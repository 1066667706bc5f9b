package dates

import (
	"testing"
	"time"
)

// TestSundayWeekAhead checks that "this week" told of the future in a
// Sunday story is the week that starts the next day, and that told of the
// past, or on another day, it is the anchor's own ISO week.
func TestSundayWeekAhead(t *testing.T) {
	sunday := time.Date(2025, 10, 5, 0, 0, 0, 0, time.UTC)    // ISO week 2025-W40 ends that day
	wednesday := time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC) // 2025-W41
	cases := []struct {
		text   string
		anchor time.Time
		want   string
	}{
		{"The president said he would start talks with the parties this week.", sunday, "2025-W41"},
		{"They will meet later this week.", sunday, "2025-W41"},
		{"The parties met this week.", sunday, "2025-W40"},
		{"The parties met earlier this week.", sunday, "2025-W40"},
		{"They will meet this week.", wednesday, "2025-W41"},
		{"They will meet next week.", sunday, "2025-W41"},
	}
	tg := New()
	for _, c := range cases {
		var got []string
		for _, m := range tg.Tag(c.text, c.anchor) {
			got = append(got, m.Value.Value)
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q (anchor %s): got %v, want %s", c.text, c.anchor.Format("Mon 2006-01-02"), got, c.want)
		}
	}
}
