package dates

import (
	"slices"
	"testing"
	"time"
)

// TestDayTails checks which later days of ranges and lists are read, and
// that numbers that are counts, amounts or times after a date are not.
// The corpus (testdata/corpus.txt) checks the values of those read.
func TestDayTails(t *testing.T) {
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []string // the mentions' texts, in order
	}{
		{"Talks were held on Sept. 8 and 9 in Geneva.", []string{"Sept. 8", "9"}},
		{"The meeting ran Aug. 24-26.", []string{"Aug. 24", "26"}},
		{"Voting is set for Oct. 3, 4 and 5.", []string{"Oct. 3", "4", "5"}},
		{"Voting is set for Oct. 3, 4, 5 and 6, officials said.", []string{"Oct. 3", "4", "5", "6"}},
		{"They met on May 4 and 5, 1865.", []string{"May 4", "5, 1865"}},
		{"They met on May 4 or 5.", []string{"May 4", "5"}},
		{"The Aug. 24-26 talks ended.", []string{"Aug. 24", "26"}},
		// counts, amounts and times
		{"On Aug. 4 and 5 men were arrested.", []string{"Aug. 4"}},
		{"On Sept. 11, 19 hijackers struck.", []string{"Sept. 11"}},
		{"On Sept. 11, 3,000 people died.", []string{"Sept. 11"}},
		{"On Aug. 24, 25 percent of the vote was counted.", []string{"Aug. 24"}},
		{"On Aug. 4, 5 soldiers and 2 civilians died.", []string{"Aug. 4"}},
		{"Shares rose on Aug. 4 to 5.5 percent.", []string{"Aug. 4"}},
		{"The rally on Aug. 4 - 5 p.m. to 7 p.m. was calm.", []string{"Aug. 4", "5 p.m.", "7 p.m."}},
		{"Polls stayed open on Aug. 4 until 9 o'clock.", []string{"Aug. 4", "9 o'clock"}},
		{"On Aug. 4, 5% of voters stayed home.", []string{"Aug. 4"}},
		{"The count rose from Aug. 24 to 3 cases a day.", []string{"Aug. 24", "a day"}},
		{"On Aug. 24 and 40 others.", []string{"Aug. 24"}},
		{"They met Aug. 24 and 24.", []string{"Aug. 24"}},
		{"They met Aug. 24 and then 25 people left.", []string{"Aug. 24"}},
		{"the week of Aug. 22 and 29", []string{"the week of Aug. 22"}},
	}
	tg := New()
	for _, tt := range tests {
		var got []string
		for _, m := range tg.Tag(tt.text, anchor) {
			got = append(got, m.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tag(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDayTailsMonth checks that a later day takes the month and year of
// the day before it, not a reading of its own: in a story of Aug. 26,
// "Aug. 25 and 27" are both of 2016 (27 alone, in the past tense, would be
// Aug. 27, 2015), and a day after a failed first date is read alone.
func TestDayTailsMonth(t *testing.T) {
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	ms := New().Tag("The envoys met on Aug. 25 and 27.", anchor)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text+"="+m.Value.Value)
	}
	want := []string{"Aug. 25=2016-08-25", "27=2016-08-27"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(ms) == 2 && (ms[0].Lead != "" || ms[1].Lead != "Aug. 25 and ") {
		t.Errorf("leads %q, %q; want \"\", \"Aug. 25 and \"", ms[0].Lead, ms[1].Lead)
	}
}

func TestReadDayTails(t *testing.T) {
	tests := []struct {
		after string
		day   int
		want  []dayTail
	}{
		{" and 25.", 24, []dayTail{{5, 7, 25, 0}}},
		{"-9, 1918 the", 5, []dayTail{{1, 8, 9, 1918}}},
		{", 4 and 5", 3, []dayTail{{2, 3, 4, 0}, {8, 9, 5, 0}}},
		{", 4, 5", 3, nil},          // a comma list that "and" does not close
		{" and 25 people", 24, nil}, // a count
		{" – 26", 24, []dayTail{{5, 7, 26, 0}}},
		{" and 2", 24, nil}, // not after the first day
		{" to 31st", 30, []dayTail{{4, 8, 31, 0}}},
		{" to 32", 30, nil},
		{"", 3, nil},
	}
	for _, tt := range tests {
		var tails [maxDayTails]dayTail
		n := readDayTails(tt.after, tt.day, &tails)
		if got := tails[:n]; !slices.Equal(got, tt.want) && !(n == 0 && len(tt.want) == 0) {
			t.Errorf("readDayTails(%q, %d) = %v, want %v", tt.after, tt.day, got, tt.want)
		}
	}
}
