package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Matches reports whether actor is the one a user asked for by query
// ("Kerry", "John Kerry", "Russia", "Moscow", "UN" ...), using aliases.
// Case and spacing do not matter, nor a leading "the".
//
//   - Any actor matches its own name.
//   - A state matches its aliases, acronyms, demonym and capital: "Russian
//     Federation", "Russian" and "Moscow" find Russia; "US", "U.S.",
//     "America" and "Washington" the United States.
//   - An organisation matches its aliases and acronyms: "UN", "U.N." and
//     "United Nations" find the United Nations; and the acronym its name
//     spells: "SLM" finds the Sudan Liberation Movement. A government body also
//     matches its state: "Russia" finds the Kremlin, "United States" the
//     State Department (but "Kremlin" does not find Russia).
//   - A person matches a query that ends their name or that their name
//     ends, on whole words: "Kerry" and "John Kerry" find John Kerry, "John
//     Kerry" finds an article's "Kerry"; "Assad" finds "Bashar al-Assad".
//     Two full names with the same surname match when their first given
//     names agree (see SameActor): "Sergei Lavrov" finds "Sergey Lavrov".
func Matches(actor Actor, query string) bool {
	q := normalizeName(query)
	if q == "" {
		return false
	}
	if q == normalizeName(actor.Name) {
		return true
	}
	if actor.Type == Person {
		return samePerson(load(), actor.Name, q)
	}
	lx := load()
	if actor.Type == Organization && initialsMatch(lx, actor.Name, query) {
		return true // "SLM" finds the Sudan Liberation Movement, as an article's "(SLM)" names it
	}
	for _, r := range lx.aliases[q] {
		if r.org && actor.Type != State && strings.EqualFold(lx.orgs[r.ref].name, actor.Name) {
			return true
		}
		if !r.org && actor.Type != Organization && strings.EqualFold(lx.countries[r.ref].name, actor.Name) {
			return true
		}
		if !r.org && actor.Type != State {
			if o, ok := lx.orgBy[strings.ToLower(actor.Name)]; ok && lx.orgs[o].country == r.ref {
				return true // "Russia" finds the Kremlin
			}
		}
	}
	return false
}

// initialsMatch reports whether query is an acronym ("SLM", any case) that
// the organisation's name spells (lexicon.spells): what an unlisted acronym
// of an article stands for (see Article.expandAcronyms).
func initialsMatch(lx *lexicon, name, query string) bool {
	q := strings.ToUpper(strings.TrimSpace(query))
	return isAcronym(q) && lx.initialsOf(name) == q
}

// SameActor reports whether two actors (possibly from different articles)
// are the same: of the same type (when both have one) and with equal
// canonical names, case folded; states and organisations also when one name
// is an alias of the other's ("U.N." and "United Nations"); people also when
// one name ends the other ("Kerry" and "John Kerry"), or when both are full
// names with the same surname whose first given names are equal, one the
// initial of the other ("J. Kerry"), or the same consonants in the same
// order ("Sergei" and "Sergey", "Mohammed" and "Muhammad"). Roles do not
// matter.
func SameActor(a, b Actor) bool {
	if a.Type != "" && b.Type != "" && a.Type != b.Type {
		return false
	}
	an, bn := normalizeName(a.Name), normalizeName(b.Name)
	if an == "" || bn == "" {
		return false
	}
	if an == bn {
		return true
	}
	lx := load()
	if a.Type == Person || b.Type == Person {
		return samePerson(lx, a.Name, b.Name)
	}
	ca, cb := lx.canonical(an), lx.canonical(bn)
	return ca != "" && ca == cb
}

// canonical returns the canonical name, lower case, of a state or
// organisation named name (normalized), or "" when name is not listed or
// names more than one.
func (lx *lexicon) canonical(name string) string {
	refs := lx.aliases[name]
	out := ""
	for _, r := range refs {
		c := ""
		if r.org {
			c = "org:" + strings.ToLower(lx.orgs[r.ref].name)
		} else {
			c = "state:" + strings.ToLower(lx.countries[r.ref].name)
		}
		if out != "" && out != c {
			return ""
		}
		out = c
	}
	return out
}

// samePerson reports whether two person names name the same person; see
// SameActor.
func samePerson(lx *lexicon, a, b string) bool {
	var abuf, bbuf [8]string // room for most names without allocating
	aw, bw := appendFields(abuf[:0], a), appendFields(bbuf[:0], b)
	if len(aw) == 0 || len(bw) == 0 {
		return false
	}
	if len(aw) < len(bw) {
		aw, bw = bw, aw
	}
	if lx.endsWith(aw, bw) || lx.knownInside(aw, bw) || startsWords(aw, bw) {
		return true
	}
	if len(aw) != len(bw) || len(aw) < 2 {
		return false
	}
	// The same surname (the last word), compatible first given names.
	sa, sb := aw[len(aw)-1], bw[len(bw)-1]
	if !strings.EqualFold(sa, sb) && !strings.EqualFold(lx.stripParticle(sa), lx.stripParticle(sb)) {
		return false
	}
	for k := 1; k < len(aw)-1; k++ {
		if !strings.EqualFold(aw[k], bw[k]) && !givenNamesAgree(aw[k], bw[k]) {
			return false
		}
	}
	return givenNamesAgree(aw[0], bw[0])
}

// startsWords reports whether the name of words short, of two words, starts
// the longer name long, case folded: "Hassan Sheikh" is the short form of
// "Hassan Sheikh Mohamud" (as joinShortNames reads it within an article).
func startsWords(long, short []string) bool {
	return len(short) == 2 && len(long) > 2 && strings.EqualFold(long[0], short[0]) && strings.EqualFold(long[1], short[1])
}

// appendFields appends strings.Fields(s) to dst.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// givenNamesAgree reports whether two given names may be spellings of one:
// equal case folded, one the initial of the other ("J." and "John"), or the
// same consonant skeleton ("Sergei", "Sergey").
func givenNamesAgree(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	ia, ib := strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if utf8.RuneCountInString(ia) == 1 || utf8.RuneCountInString(ib) == 1 {
		ra, _ := utf8.DecodeRuneInString(ia)
		rb, _ := utf8.DecodeRuneInString(ib)
		return unicode.ToLower(ra) == unicode.ToLower(rb)
	}
	sa, sb := skeleton(a), skeleton(b)
	return len(sa) >= 3 && sa == sb
}

// skeleton returns the first letter of a name and its consonants after it,
// lower case, doubled letters once, vowels and "y" dropped: "Sergei" and
// "Sergey" are both "srg", "Mohammed" and "Muhammad" "mhmd".
func skeleton(name string) string {
	var b strings.Builder
	var last rune
	for i, r := range strings.ToLower(name) {
		if !unicode.IsLetter(r) {
			continue
		}
		if i > 0 && strings.ContainsRune("aeiouy", r) {
			continue
		}
		if r != last {
			b.WriteRune(r)
			last = r
		}
	}
	return b.String()
}
