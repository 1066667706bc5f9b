package render

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
)

// oldHTMLDateTime is htmlDateTime as it was, with time.Format and fmt: the
// reference for the one that writes the digits by hand.
func oldHTMLDateTime(v dates.Value) string {
	if !v.HasInterval() || v.Start.Year() < 1 || v.Start.Year() > 9999 {
		return ""
	}
	s := v.Start
	switch v.Grain {
	case dates.GrainSecond, dates.GrainMinute, dates.GrainHour:
		if h, m, ok := clockOf(v); ok {
			return s.Format(time.DateOnly) + fmt.Sprintf("T%02d:%02d", h, m)
		}
		return s.Format(time.DateOnly)
	case dates.GrainPartOfDay, dates.GrainDay:
		return s.Format(time.DateOnly)
	case dates.GrainWeek:
		y, w := s.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case dates.GrainMonth:
		return s.Format("2006-01")
	case dates.GrainYear:
		return s.Format("2006")
	}
	return ""
}

// randomValues are values of every grain, on days from year 0 to 10000
// (the edges of four-digit years most often), with times of day in their
// TIMEX3 value or only in their start, and some without an interval.
func randomValues(r *rand.Rand, n int) []dates.Value {
	years := []int{0, 1, 2, 99, 100, 999, 1000, 1999, 2016, 9998, 9999, 10000}
	clocks := []string{"", "T15", "T15:04", "T09:30Z", "T24:00", "T25:00", "T12:61", "T07:05+02:00", "Tx", "TMO", "T1"}
	values := make([]dates.Value, n)
	for i := range values {
		y := years[r.IntN(len(years))]
		if r.IntN(2) == 0 {
			y = r.IntN(10001)
		}
		start := time.Date(y, time.Month(1+r.IntN(12)), 1+r.IntN(31), r.IntN(24)*r.IntN(2), r.IntN(60)*r.IntN(2), 0, 0, time.UTC)
		v := dates.Value{
			Type: dates.Date, Grain: dates.Grain(r.IntN(int(dates.GrainCentury) + 1)),
			Value: start.Format(time.DateOnly) + clocks[r.IntN(len(clocks))], Start: start, End: start.AddDate(0, 0, r.IntN(400)),
		}
		if r.IntN(10) == 0 {
			v.Start, v.End, v.Value = time.Time{}, time.Time{}, "FUTURE_REF"
		}
		values[i] = v
	}
	return values
}

// htmlDateTime writes what it wrote with time.Format and fmt.
func TestHTMLDateTime(t *testing.T) {
	for _, v := range randomValues(rand.New(rand.NewPCG(17, 18)), 50000) {
		if got, want := htmlDateTime(v), oldHTMLDateTime(v); got != want {
			t.Fatalf("htmlDateTime(%+v) = %q, want %q", v, got, want)
		}
	}
}

// Years before the common era head their groups as the labels write them.
func TestGroupHeadingsBC(t *testing.T) {
	span := func(value string, g dates.Grain, from, to time.Time) dates.Value {
		return dates.Value{Type: dates.Date, Value: value, Grain: g, Start: from, End: to}
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		v           dates.Value
		year, month string
	}{
		{span("BC0499", dates.GrainYear, day(-498, 1, 1), day(-498, 12, 31)), "499 BC", "January to December 499 BC"},
		{span("BC0480-08-02", dates.GrainDay, day(-479, 8, 2), day(-479, 8, 2)), "480 BC", "August 480 BC"},
		{span("BC0001", dates.GrainYear, day(0, 1, 1), day(0, 12, 31)), "1 BC", "January to December 1 BC"},
		{span("0009", dates.GrainYear, day(9, 1, 1), day(9, 12, 31)), "9", "January to December 9"},
	} {
		if y, m := groupHeadings(tc.v, time.Time{}); y != tc.year || m != tc.month {
			t.Errorf("groupHeadings(%s) = %q, %q; want %q, %q", tc.v.Value, y, m, tc.year, tc.month)
		}
	}
}

// lastHeadings gives groupHeadings's answer for each value and anchor, the
// same again or another.
func TestLastHeadings(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	values := randomValues(r, 20)
	anchors := []time.Time{{}, time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC), time.Date(2016, 9, 1, 0, 0, 0, 0, time.UTC)}
	var lh lastHeadings
	for range 20000 {
		v, anchor := values[r.IntN(len(values))], anchors[r.IntN(len(anchors))]
		y, m := lh.of(v, anchor)
		if wy, wm := groupHeadings(v, anchor); y != wy || m != wm {
			t.Fatalf("lastHeadings.of(%+v, %v) = %q, %q, want %q, %q", v, anchor, y, m, wy, wm)
		}
	}
}

// nearHTMLEscape marks every byte htmlEscapes escapes, in every place of
// a word, and no byte beyond ASCII.
func TestNearHTMLEscape(t *testing.T) {
	for c := range 256 {
		for at := range 8 {
			w := uint64(c) << (8 * at)
			for k := range 8 { // the other bytes: a letter, or the byte itself
				if k != at {
					w |= uint64('a') << (8 * k)
				}
			}
			marked := nearHTMLEscape(w)>>(8*at)&0x80 != 0
			if htmlEscapes[c] != "" && !marked || c >= 0x80 && marked {
				t.Errorf("byte %#x at %d: marked %v", c, at, marked)
			}
		}
	}
}

// appendHTMLText escapes as a byte at a time through htmlEscapes does, on
// random text of the bytes it escapes, those near them and others.
func TestAppendHTMLTextWords(t *testing.T) {
	pieces := []string{"a", "Z", "0", " ", "é", "\xff", "\x00", "\x01", `"`, "#", "$", "%", "&", "'", "(", "*", "+", ",",
		";", "<", "=", ">", "?", "\x7f", "\x80", "\xa2", "\xa6", "\xbc"}
	r := rand.New(rand.NewPCG(21, 22))
	for range 50000 {
		var sb []byte
		for range r.IntN(40) {
			if r.IntN(4) == 0 {
				sb = append(sb, pieces[r.IntN(len(pieces))]...)
			} else {
				sb = append(sb, pieces[r.IntN(5)]...)
			}
		}
		s := string(sb)
		var want []byte
		for i := 0; i < len(s); i++ {
			if e := htmlEscapes[s[i]]; e != "" {
				want = append(want, e...)
			} else {
				want = append(want, s[i])
			}
		}
		if got := appendHTMLText(nil, s); string(got) != string(want) {
			t.Fatalf("appendHTMLText(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkAppendHTMLText escapes a sentence of news with a quotation,
// an apostrophe and an ampersand.
func BenchmarkAppendHTMLText(b *testing.B) {
	const s = `Secretary of State John Kerry said on Friday that the talks with Russia's foreign minister, Sergei Lavrov, ` +
		`had made "real progress" on a cease-fire & aid for Aleppo, though gaps remained over the future of Mr. Assad.`
	b.SetBytes(int64(len(s)))
	buf := make([]byte, 0, 2*len(s))
	for b.Loop() {
		buf = appendHTMLText(buf[:0], s)
	}
}
