package isodate

import (
	"fmt"
	"testing"
	"time"
)

// Parse answers as time.Parse does wherever it answers, and answers for
// every valid date, leap days and month ends included.
func TestParse(t *testing.T) {
	check := func(s string) {
		want, err := time.Parse(time.DateOnly, s)
		got, ok := Parse(s)
		if ok && (err != nil || got != want) {
			t.Errorf("Parse(%q) = %v; time.Parse: %v, %v", s, got, want, err)
		}
		if !ok && err == nil {
			t.Errorf("Parse(%q) declined a valid date", s)
		}
	}
	for _, y := range []int{0, 1, 1900, 1996, 1998, 2000, 2016, 2023, 2024, 2100, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				check(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for _, s := range []string{"", "2016-8-26", "2016-08-2", "2016/08/26", "2016-08-26T00:00:00Z", " 2016-08-26", "2016-08-26 ", "2016-0a-26", "+016-08-26", "-016-08-26", "2016-08-:6", "20160826", "2016-08-260", "20x6-08-26"} {
		check(s)
	}
}

func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len("2016-08-26")))
	for b.Loop() {
		Parse("2016-08-26")
	}
}

// DaysIn agrees with time.Date's normalisation (day 0 of the next month)
// for every month of four Gregorian cycles and more.
func TestDaysIn(t *testing.T) {
	for y := -400; y <= 2400; y++ {
		for m := time.January; m <= time.December; m++ {
			want := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if got := DaysIn(y, m); got != want {
				t.Fatalf("DaysIn(%d, %v) = %d, want %d", y, m, got, want)
			}
		}
	}
}
