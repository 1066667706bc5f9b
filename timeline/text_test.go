package timeline

import (
	"strings"
	"testing"
)

// hasPrefixFold answers as comparing every prefix with strings.EqualFold.
func FuzzHasPrefixFold(f *testing.F) {
	f.Add("Photo: AP", "photo:")
	f.Add("\u212Aelvin", "k")
	f.Add("ſtory", "S")
	f.Fuzz(func(t *testing.T, s, p string) {
		want := len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
		if got := hasPrefixFold(s, []string{p}); got != want {
			t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", s, p, got, want)
		}
	})
}

// A prefixSet answers as hasPrefixFold with all its prefixes.
func FuzzPrefixSet(f *testing.F) {
	f.Add("Photo: AP", "photo:")
	f.Add("\u212Aelvin", "k")
	f.Add("kelvin", "\u212A")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, p string) {
		prefixes := []string{p, "Share", "(AP", "Ünal", "x"}
		var ps prefixSet
		for _, q := range prefixes {
			ps.add(q)
		}
		if got, want := ps.has(s), hasPrefixFold(s, prefixes); got != want {
			t.Errorf("prefixSet of %q: has(%q) = %v, want %v", prefixes, s, got, want)
		}
	})
}

// fieldCount counts what strings.Fields makes.
func FuzzFieldCount(f *testing.F) {
	for _, s := range []string{"", " ", "Sergey Lavrov", "  a \t b\n", "\u00a0x\u0085y", "\xff \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	})
}
