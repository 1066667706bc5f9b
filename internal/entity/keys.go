package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MatchKeys returns keys of an actor such that two actors SameActor deems
// the same always share one (two actors that share one need not be the
// same): with them, the actors that may be the same as one are found
// without comparing it with every other. The keys are sorted.
func MatchKeys(a Actor) []string {
	n := normalizeName(a.Name)
	if n == "" {
		return nil
	}
	keys := []string{"n:" + n} // equal names
	lx := load()
	if a.Type == Person || a.Type == "" {
		// samePerson: the last words of the names are equal case folded,
		// with or without a particle ("al-Assad", "Assad").
		words := strings.Fields(a.Name)
		last := words[len(words)-1]
		keys = append(keys, "p:"+FoldKey(last), "p:"+FoldKey(lx.stripParticle(last)))
	}
	if a.Type != Person {
		if c := lx.canonical(n); c != "" {
			keys = append(keys, "c:"+c) // aliases of one state or organisation
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// FoldKey returns s with each rune replaced by the smallest rune it equals
// under simple case folding, so that FoldKey(s) == FoldKey(t) exactly when
// strings.EqualFold(s, t).
func FoldKey(s string) string {
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
