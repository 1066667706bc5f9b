package timeline

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseFrontMatterDate holds parseFrontMatterDate, which reads a plain
// day without time.Parse, to time.Parse's layouts (parseDateLayouts).
func FuzzParseFrontMatterDate(f *testing.F) {
	for _, s := range []string{
		"2016-08-26", "2016-8-26", "2016-02-29", "2015-02-29", "2000-02-29", "1900-02-29",
		"0000-01-01", "9999-12-31", "2016-13-01", "2016-00-10", "2016-04-31", "2016-04-00",
		"2016-08-26T10:00:00Z", "2016-08-26T23:30:00-05:00", "2016-08-26 10:00:00", "2016-08-26T10:00",
		"2016-08-2a", "+016-08-26", "2016/08/26", "", "2016-08-26 ", "-016-08-26",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseFrontMatterDate(s)
		want, wantOK := parseDateLayouts(s)
		if ok != wantOK || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("parseFrontMatterDate(%q) = %v, %v; time.Parse's layouts give %v, %v", s, got, ok, want, wantOK)
		}
	})
}

// FuzzEndsInFinalPunct holds endsInFinalPunct, which tells most lines by
// their last byte, to the trim and rune test it falls back on.
func FuzzEndsInFinalPunct(f *testing.F) {
	for _, s := range []string{"", "Talks ended.", "Talks ended", `He said "no."`, "(AP Photo)", "Why?", "Note:",
		"wait…", "“Stop.”", "list]", "x’", "end »", "a\\u00e9", "é", "\xff", ".\xff", `."')]’”»`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		trimmed := strings.TrimRight(s, `"')]’”»`)
		r, _ := utf8.DecodeLastRuneInString(trimmed)
		want := strings.ContainsRune(".!?:…", r) && r != utf8.RuneError
		if got := endsInFinalPunct(s); got != want {
			t.Errorf("endsInFinalPunct(%q) = %v, want %v", s, got, want)
		}
	})
}

// linePath names a line as fmt does, short names and long.
func TestLinePath(t *testing.T) {
	for _, name := range []string{"", "stdin", "corpus.jsonl", strings.Repeat("/long/path", 20) + ".jsonl"} {
		for _, n := range []int{0, 1, 9, 10, 123456789} {
			if got, want := linePath(name, n), fmt.Sprintf("%s:%d", name, n); got != want {
				t.Errorf("linePath(%q, %d) = %q, want %q", name, n, got, want)
			}
		}
	}
}
