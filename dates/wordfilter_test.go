package dates

import "testing"

// TestWordFilters checks the cheap tests that stand before word-list
// look-ups: each word of a list passes its filter (a filter may let
// others through, never stop one of its own), and the look-ups they guard
// answer as the maps do.
func TestWordFilters(t *testing.T) {
	l := lex()
	for w := range l.sunTimes {
		if !l.sunFirst.may(w) {
			t.Errorf("sunFirst stops %q", w)
		}
	}
	for w := range l.timeKind {
		if !l.timeKindFirst.may(w) || !l.isTimeKind(w) {
			t.Errorf("isTimeKind(%q) = false", w)
		}
	}
	for first := range l.gameWords {
		if !l.gameFirst.may(first) {
			t.Errorf("gameFirst stops %q", first)
		}
	}
	for _, w := range l.nameAfter {
		if len(w) >= 2 && !l.nameAfterPairs.has(w[0], w[1]) {
			t.Errorf("nameAfterPairs stops %q", w)
		}
	}
	for _, w := range []string{"", "said", "qz"} {
		if l.isTimeKind(w) != l.timeKind[w] {
			t.Errorf("isTimeKind(%q) = %v, want %v", w, l.isTimeKind(w), l.timeKind[w])
		}
	}
	var p bytePairs
	p.add("ab")
	if !p.has('a', 'b') || p.has('b', 'a') || p.has('a', 0) {
		t.Error("bytePairs: want only the pair a, b")
	}
	p.add("x") // a word of one byte: any text may begin with it
	if !p.has('q', 'z') || !p.has('q', 0) {
		t.Error("bytePairs: a one-byte word should let every pair through")
	}
	var f wordStarts
	f.add("dawn")
	if !f.may("dusk") || f.may("dawns") || f.may("sunset") {
		t.Error("wordStarts: want the words of four bytes that start with d only")
	}
}

// TestWordAtASCII checks wordAt's reading of ASCII bytes against runes
// beyond ASCII: the same words either way.
func TestWordAtASCII(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want string
	}{
		{"  week-long talks", 0, "week-long"},
		{"the year 2025 ends", 8, "2025"},
		{"in\t\nMünchen today", 2, "München"},
		{"a\u00a0word", 1, "word"}, // a no-break space is white space
		{"x, y", 1, ""},
		{"end", 3, ""},
	} {
		if got := wordAt(tc.s, tc.i); got != tc.want {
			t.Errorf("wordAt(%q, %d) = %q, want %q", tc.s, tc.i, got, tc.want)
		}
	}
}
