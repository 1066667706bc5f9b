package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// matchKeysOld is MatchKeys as it was before it wrote its keys in one
// buffer: the oracle of TestMatchKeysOracle and FuzzMatchKeys.
func matchKeysOld(a Actor) []string {
	n := normalizeNameOld(a.Name)
	if n == "" {
		return nil
	}
	keys := []string{"n:" + n} // equal names
	lx := load()
	if a.Type == Person || a.Type == "" {
		words := strings.Fields(a.Name)
		last := words[len(words)-1]
		keys = append(keys, "p:"+foldKeyOld(last), "p:"+foldKeyOld(lx.stripParticle(last)))
		if len(words) >= 3 { // the second word, the last of a short form of two (startsWords)
			keys = append(keys, "p:"+foldKeyOld(words[1]))
		}
	}
	if a.Type != Person {
		if c := lx.canonical(n); c != "" {
			keys = append(keys, "c:"+c)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// normalizeNameOld is normalizeName before its ASCII path.
func normalizeNameOld(name string) string {
	name = strings.ToLower(strings.Join(strings.Fields(name), " "))
	return strings.TrimPrefix(name, "the ")
}

// foldKeyOld is FoldKey before its ASCII path.
func foldKeyOld(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == utf8.RuneError {
			b.WriteRune(r)
			continue
		}
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// oracleNames are names that take every path of MatchKeys, normalizeName
// and FoldKey: spaces of all kinds, "the", particles, aliases, non-ASCII
// and invalid UTF-8.
var oracleNames = []string{
	"John Kerry", "  john   KERRY ", "Kerry", "J. Kerry", "Bashar al-Assad", "AL-ASSAD", "al-", "-Assad",
	"Staffan de Mistura", "de-Mistura", "United Nations", "U.N.", "UN", "the United Nations", "The  United\tNations",
	"THE UNITED NATIONS", "the", "the ", " the", "thE kremlin", "theKremlin", "Russia", "Russian Federation", "Moscow",
	"the United States", "U.S.", "US", "America", "Washington", "Kremlin", "State Department", "Nusra Front",
	"Straße", "STRASSE", "ſtraße", "Ǆemal", "ǆemal", "\u212aelvin", "Kelvin", "İstanbul", "ISTANBUL",
	"Recep Tayyip Erdoğan", "Erdoğan", "François\u00a0Hollande", "x\u2003y", "a\u0085b", "\xff", "\xffKerry \xfe",
	"\ufffd", "Kerry\n", "\v\f\r", " ", "", "a", "A b C", "Z", "@[`{", "Mohammed bin Salman", "Abu Bakr al-Baghdadi",
	strings.Repeat("Very Long Name ", 12),
}

func TestMatchKeysOracle(t *testing.T) {
	for _, n := range oracleNames {
		checkMatchKeys(t, n)
	}
}

func FuzzMatchKeys(f *testing.F) {
	for _, n := range oracleNames {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, name string) {
		checkMatchKeys(t, name)
	})
}

// checkMatchKeys holds MatchKeys, normalizeName and FoldKey of name to
// their oracles, for actors of every type.
func checkMatchKeys(t *testing.T, name string) {
	t.Helper()
	if got, want := normalizeName(name), normalizeNameOld(name); got != want {
		t.Errorf("normalizeName(%q) = %q, want %q", name, got, want)
	}
	if got, want := FoldKey(name), foldKeyOld(name); got != want {
		t.Errorf("FoldKey(%q) = %q, want %q", name, got, want)
	}
	for _, typ := range []string{Person, State, Organization, ""} {
		a := Actor{Name: name, Type: typ}
		if got, want := MatchKeys(a), matchKeysOld(a); !slices.Equal(got, want) {
			t.Errorf("MatchKeys(%+v) = %q, want %q", a, got, want)
		}
	}
}
