package entity

import (
	"cmp"
	"slices"
	"strings"
)

// A lone name the article gives no full name ending with may be the first
// word of one: a family name that comes first ([family-first] and no
// [given] name of data/given_names.txt: "Wang" after "Commerce Minister
// Wang Wentao"), a given name after a title that takes one ("Prince
// Faisal" after "Prince Faisal bin Farhan"), or a given name the news
// names a person by alone, as it does Ethiopian, Eritrean, Indonesian and
// Burmese leaders, and children and the people of a feature ("Abiy" after
// "Prime Minister Abiy Ahmed", "Prabowo" after "Prabowo Subianto",
// "Elian" after "Elian Gonzalez"): any word with no title of its own
// ("President Abbas" is a surname) where no place may stand ("in
// Larnaca"), and that the article does not introduce by a noun of
// people ("her son, Joshua", who is not "Attorney Joshua Larson"). Such a
// name joins the nearest full name before it that starts with it, else
// the first one after it. Full names ending with the
// word come first: "Wang" after "Vera Wang" is Vera Wang, and "Prince
// Sihanouk" after "Norodom Sihanouk" is him.

// joinFirstNames joins the lone names of surname key sur (refs, resolved
// by corefer) that have no full name ending with them to the full name
// that starts with them, if the article has one (see above).
func (a *Article) joinFirstNames(refs []pos, sur string) {
	if len(a.fullNames) == 0 {
		return
	}
	var buf [16]int
	lone := buf[:0] // the sentence and mention of each lone name to join
	for _, r := range refs {
		mm := &a.sts[r.s].mentions[r.m]
		if len(mm.words) != 1 || mm.firm || mm.group || mm.storm || mm.introduced {
			continue
		}
		if c := mm.cluster; c >= 0 && (len(a.clusters[c].words) > 1 || a.clusters[c].firm || a.clusters[c].introduced) {
			continue // a full name ends with it, it is a company's, or a noun of people introduces it
		}
		if a.lx.firstWord(mm) {
			lone = append(lone, r.s, r.m)
		}
	}
	if len(lone) == 0 {
		return
	}
	var starts []pos // the full names that start with sur, in text order
	for _, p := range a.fullNames {
		f := &a.sts[p.s].mentions[p.m]
		if len(f.words[0]) == len(sur) && f.certain && !f.firm && !f.group && f.sur != sur && strings.EqualFold(f.words[0], sur) {
			starts = append(starts, p)
		}
	}
	// In text order, as nearestStart wants them, not the order of scanning.
	slices.SortFunc(starts, func(p, q pos) int { return cmp.Or(p.s-q.s, p.m-q.m) })
	for _, p := range starts {
		a.resolvePeople(a.sts[p.s].mentions[p.m].sur)
	}
	for i := 0; i < len(lone); i += 2 {
		mm := &a.sts[lone[i]].mentions[lone[i+1]]
		if c := a.nearestStart(starts, lone[i], lone[i+1]); c >= 0 {
			mm.cluster = c
		}
	}
}

// firstWord reports whether mm, a person's one name, may be the first
// word of a full name it stands for: a word with no title of its own
// where no place may stand ("Abiy"; not "President Abbas", "Mr. Abbas",
// "in Larnaca"), a given name after its title ("Prince Faisal") or a
// family name that comes first and is no given name.
func (lx *lexicon) firstWord(mm *mention) bool {
	if mm.titleKey == "" && !mm.atPlace || lx.givenName(mm) {
		return true
	}
	c := lx.foldedCat(mm.words[0])
	return c&catFamilyFirst != 0 && c&catGiven == 0
}

// nearestStart returns the cluster of the full name of starts nearest
// before mention m of sentence s, else of the first one after it; -1 if
// none has a cluster.
func (a *Article) nearestStart(starts []pos, s, m int) int {
	c := -1
	for _, p := range starts {
		pc := a.sts[p.s].mentions[p.m].cluster
		if pc < 0 {
			continue
		}
		if p.s < s || p.s == s && p.m < m {
			c = pc // the last one before
		} else if c < 0 {
			return pc
		} else {
			break
		}
	}
	return c
}
