package timeline

import (
	"cmp"
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

// FuzzComparePaths holds ComparePaths, which skips the prefix two paths
// share, to the byte by byte walk it made (comparePathsWalk).
func FuzzComparePaths(f *testing.F) {
	for _, s := range [][2]string{{"a.jsonl:9", "a.jsonl:10"}, {"a.jsonl:010", "a.jsonl:10"}, {"a12b", "a12c"}, {"a123", "a1234"}, {"x007y", "x07y"}, {"", "1"}, {"9", "09"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := ComparePaths(a, b), comparePathsWalk(a, b); got != want {
			t.Errorf("ComparePaths(%q, %q) = %d, want %d", a, b, got, want)
		}
	})
}

// comparePathsWalk is ComparePaths as it was: a walk from the first byte.
func comparePathsWalk(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if isDigit(a[i]) && isDigit(b[j]) {
			ei, ej := i, j
			for ei < len(a) && isDigit(a[ei]) {
				ei++
			}
			for ej < len(b) && isDigit(b[ej]) {
				ej++
			}
			na, nb := strings.TrimLeft(a[i:ei], "0"), strings.TrimLeft(b[j:ej], "0")
			if c := cmp.Or(cmp.Compare(len(na), len(nb)), strings.Compare(na, nb)); c != 0 {
				return c
			}
			i, j = ei, ej
			continue
		}
		if a[i] != b[j] {
			return cmp.Compare(a[i], b[j])
		}
		i++
		j++
	}
	return cmp.Or(cmp.Compare(len(a)-i, len(b)-j), strings.Compare(a, b))
}
