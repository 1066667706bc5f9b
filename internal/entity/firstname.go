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

// renames returns the sentence, mention and cluster of each mention of
// refs (the mentions of one surname, resolved by corefer) that may take
// another person's name, once per cluster: names of two words that are a
// person of their own (shortCluster) for joinShortNames, where the
// article has a longer full name, and nicknames (mention.alias) whose
// cluster is that one word for joinAliases. Both are nil if there are
// none, as most often. It reads refs before joinFirstNames resolves other
// surnames, which reuses their memory.
func (a *Article) renames(refs []pos) (short, aliases []int) {
	for _, r := range refs {
		mm := &a.sts[r.s].mentions[r.m]
		c := mm.cluster
		switch {
		case c < 0:
		case len(mm.words) == 2 && a.anyLong && a.shortCluster(mm, c) && !hasCluster(short, c):
			short = append(short, r.s, r.m, c)
		case mm.alias > 0 && len(a.clusters[c].words) == 1 && !hasCluster(aliases, c):
			aliases = append(aliases, r.s, r.m, c)
		}
	}
	return short, aliases
}

// joinAliases makes the person of each nickname of aliases (see renames)
// the person it is given for: "Jokowi" after "Joko Widodo,
// known as Jokowi," is Joko Widodo, with his role, wherever the article
// names him so.
func (a *Article) joinAliases(aliases []int) {
	for i := 0; i < len(aliases); i += 3 {
		st := &a.sts[aliases[i]]
		a.resolvePeople(st.mentions[st.mentions[aliases[i+1]].alias-1].sur)
		if c := st.mentions[st.mentions[aliases[i+1]].alias-1].cluster; c >= 0 && c != aliases[i+2] {
			a.clusters[aliases[i+2]].takeName(&a.clusters[c])
		}
	}
}

// hasCluster reports whether cluster c is one of short (see renames).
func hasCluster(short []int, c int) bool {
	for i := 2; i < len(short); i += 3 {
		if short[i] == c {
			return true
		}
	}
	return false
}

// joinShortNames makes each name of two words of short (see renames),
// of surname key sur, the person of a longer full name the article gives
// that starts with its words, as the news shortens Somali and Arab names:
// "Hassan Sheikh" after "Hassan Sheikh Mohamud" is him. The nearest such
// name before it counts, else the first one after it. The short name's
// person takes the longer one's name and role, so that every mention of it
// ("Sheikh", "Hassan") is that person.
func (a *Article) joinShortNames(short []int, sur string) {
	for i := 0; i < len(short); i += 3 {
		words := a.sts[short[i]].mentions[short[i+1]].words
		var starts []pos // the longer full names that start with words, in text order
		for _, p := range a.fullNames {
			if f := &a.sts[p.s].mentions[p.m]; f.sur != sur && startsLonger(f, words) {
				starts = append(starts, p)
			}
		}
		slices.SortFunc(starts, func(p, q pos) int { return cmp.Or(p.s-q.s, p.m-q.m) })
		for _, p := range starts {
			a.resolvePeople(a.sts[p.s].mentions[p.m].sur)
		}
		if c := a.nearestStart(starts, short[i], short[i+1]); c >= 0 {
			a.clusters[short[i+2]].takeName(&a.clusters[c])
		}
	}
}

// shortCluster reports whether cluster c of the person mention mm of two
// words is that name alone, a person's (no company, group or storm), and
// the article does not introduce it by a noun of people.
func (a *Article) shortCluster(mm *mention, c int) bool {
	k := &a.clusters[c]
	return mm.certain && !mm.firm && !mm.group && !mm.storm && len(k.words) == 2 && !k.firm && !k.group && !k.storm && !k.introduced
}

// startsLonger reports whether the person mention f is a certain full name
// of a person, longer than words and starting with them: "Hassan Sheikh
// Mohamud" starts with "Hassan Sheikh".
func startsLonger(f *mention, words []string) bool {
	if len(f.words) <= len(words) || !f.certain || f.firm || f.group || f.storm {
		return false
	}
	for k, w := range words {
		if len(f.words[k]) != len(w) || !strings.EqualFold(f.words[k], w) {
			return false
		}
	}
	return true
}

// takeName makes k the person of cluster full: its name, words, role and
// kind.
func (k *cluster) takeName(full *cluster) {
	k.words, k.name, k.key = full.words, full.name, full.key
	k.group, k.firm, k.storm = full.group, full.firm, full.storm
	k.role, k.titleKey, k.country, k.org, k.hasRole = full.role, full.titleKey, full.country, full.org, full.hasRole
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
