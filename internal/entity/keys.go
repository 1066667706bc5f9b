package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
)

// MatchKeys returns keys of an actor such that two actors SameActor deems
// the same always share one (two actors that share one need not be the
// same): with them, the actors that may be the same as one are found
// without comparing it with every other. The keys are sorted.
func MatchKeys(a Actor) []string {
	// The keys are written one after another in a stack buffer and cut
	// from one string made of it: two allocations (that string and the
	// list) where concatenating each key took one or two more.
	var buf [128]byte
	var ends [6]int               // the end of each key in b
	b := append(buf[:0], "n:"...) // equal names
	b = appendNormal(b, a.Name)
	if len(b) == len("n:") {
		return nil
	}
	nk := 1
	ends[0] = len(b)
	lx := load()
	if a.Type == Person || a.Type == "" {
		// samePerson: the last words of the names are equal case folded,
		// with or without a particle ("al-Assad", "Assad").
		last := lastField(a.Name)
		b = appendFold(append(b, "p:"...), last)
		ends[nk], nk = len(b), nk+1
		if stripped := lx.stripParticle(last); len(stripped) != len(last) {
			b = appendFold(append(b, "p:"...), stripped)
			ends[nk], nk = len(b), nk+1
		}
		// startsWords: the second word of a name of three words or more,
		// the last word of a short form of two ("Sheikh" of "Hassan
		// Sheikh Mohamud", the key of "Hassan Sheikh").
		if w2, ok := secondOfLong(a.Name); ok {
			b = appendFold(append(b, "p:"...), w2)
			ends[nk], nk = len(b), nk+1
		}
		// knownInside: a [known] surname inside the name ("Lula" of "Luiz
		// Inacio Lula da Silva"), two at most.
		for w := range strings.FieldsSeq(a.Name) {
			if nk < len(ends) && w != last && lx.foldedCat(w)&catKnown != 0 {
				b = appendFold(append(b, "p:"...), w)
				ends[nk], nk = len(b), nk+1
			}
		}
	}
	s := string(b)
	keys := make([]string, nk, nk+1)
	for k, from := 0, 0; k < nk; k++ {
		keys[k], from = s[from:ends[k]], ends[k]
	}
	if a.Type != Person {
		if c := lx.canonical(keys[0][len("n:"):]); c != "" {
			keys = append(keys, "c:"+c) // aliases of one state or organisation
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// secondOfLong returns the second of strings.Fields(s), and whether s
// has three or more.
func secondOfLong(s string) (string, bool) {
	n, second := 0, ""
	for w := range strings.FieldsSeq(s) {
		if n++; n == 2 {
			second = w
		} else if n == 3 {
			return second, true
		}
	}
	return "", false
}

// lastField returns the last of strings.Fields(s), which has one.
func lastField(s string) string {
	if !ascii.Is(s) {
		words := strings.Fields(s)
		return words[len(words)-1]
	}
	end := len(s)
	for end > 0 && isASCIISpace(s[end-1]) {
		end--
	}
	start := end
	for start > 0 && !isASCIISpace(s[start-1]) {
		start--
	}
	return s[start:end]
}

// FoldKey returns s with each rune replaced by the smallest rune it equals
// under simple case folding, so that FoldKey(s) == FoldKey(t) exactly when
// strings.EqualFold(s, t).
func FoldKey(s string) string {
	var buf [64]byte
	return string(appendFold(buf[:0], s))
}

// appendFold appends FoldKey(s) to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendFoldRunes(dst, s[i:])
		}
		// The smallest ASCII rune a letter folds to is its upper case
		// ('K' < U+212A KELVIN SIGN, 'S' < U+017F LONG S); other ASCII
		// runes fold to none.
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendFoldRunes appends FoldKey(s) to dst, rune by rune.
func appendFoldRunes(dst []byte, s string) []byte {
	for _, r := range s {
		if r == utf8.RuneError {
			dst = utf8.AppendRune(dst, r)
			continue
		}
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		dst = utf8.AppendRune(dst, least)
	}
	return dst
}
