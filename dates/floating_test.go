package dates

import (
	"testing"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
)

// storyDay puts a past time far from its last named day, or after a day
// still ahead, on the story's day, and leaves the rest to that day.
func TestStoryDay(t *testing.T) {
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	sents := []sentence.Span{{Start: 0, End: 10}, {Start: 11, End: 20}, {Start: 21, End: 30}, {Start: 31, End: 40}}
	monday, tuesday := anchor.AddDate(0, 0, -4), anchor.AddDate(0, 0, 4)
	for _, tc := range []struct {
		name     string
		tense    Tense
		fromText bool
		ref      time.Time
		refSent  int
		want     bool
	}{
		{"same sentence", Past, true, monday, 3, false},
		{"sentence before", Past, true, monday, 2, false},
		{"two back", Past, true, monday, 1, true},
		{"happened, two back", Happened, true, monday, 0, true},
		{"a day ahead, sentence before", Past, true, tuesday, 2, true},
		{"the publication day, far back", Past, true, anchor.Add(15 * time.Hour), 0, true},
		{"future", Future, true, monday, 0, false},
		{"unmarked", Unmarked, true, monday, 0, false},
		{"no day named", Past, false, anchor, 0, false},
	} {
		if got := storyDay(tc.tense, tc.fromText, tc.ref, sents[tc.refSent], sents[3], anchor, sents); got != tc.want {
			t.Errorf("%s: storyDay = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A night told in the past on the publication day is the one before it;
// any other stays.
func TestNightDay(t *testing.T) {
	anchor := time.Date(2016, 8, 26, 9, 30, 0, 0, time.UTC)
	day := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tuesday := day.AddDate(0, 0, -3)
	for _, tc := range []struct {
		a     time.Time
		tense Tense
		want  time.Time
	}{
		{day, Past, day.AddDate(0, 0, -1)},
		{day, Happened, day.AddDate(0, 0, -1)},
		{day, Future, day},
		{day, Unmarked, day},
		{tuesday, Past, tuesday},
	} {
		if got := nightDay(tc.a, anchor, tc.tense); !got.Equal(tc.want) {
			t.Errorf("nightDay(%s, %v) = %s, want %s", tc.a.Format(time.DateOnly), tc.tense, got.Format(time.DateOnly), tc.want.Format(time.DateOnly))
		}
	}
}

// A zone is one as written: an abbreviation in capitals, a place
// capitalized, "local" in any case.
func TestZoneWritten(t *testing.T) {
	for z, want := range map[string]bool{
		"BST": true, "bst": false, "Bst": false, "WEST": true, "West": false, "ET": true,
		"Eastern time": true, "eastern time": false, "Local time": true, "local time": true,
		"Eastern": true, "pacific": false, "Central European Time": true,
	} {
		if got := zoneWritten(z); got != want {
			t.Errorf("zoneWritten(%q) = %v, want %v", z, got, want)
		}
	}
}

// Only a join of a range stands between two times of opening hours.
func TestRangeJoinOnly(t *testing.T) {
	for s, want := range map[string]bool{
		" to ": true, "-": true, " – ": true, " until ": true, " and ": true,
		" to the ": false, ", ": false, "": false, " on Friday and ": false,
	} {
		if got := rangeJoinOnly(s); got != want {
			t.Errorf("rangeJoinOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
