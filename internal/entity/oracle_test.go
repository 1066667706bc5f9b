package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/sentence"
)

// This file keeps the eager AnalyzeDoc that worked out every sentence of an
// article, with its coreference over the whole article at once, as an
// oracle for the lazy one.

// oldArticle is what oldAnalyzeDoc found: the results of the title and of
// every sentence.
type oldArticle struct {
	title result
	sents []result
}

// oldScratch is the working memory of oldAnalyzeDoc.
type oldScratch struct {
	toks, titleToks []token
	bounds          []int
	sts             []sent
	words           []string
	clusters        []cluster
}

// oldAnalyzeDoc is the eager AnalyzeDoc: it tokenizes and scans every
// sentence, resolves every person of the article, then finishes every
// sentence.
func oldAnalyzeDoc(title, text string, sentences []sentence.Span) *oldArticle {
	lx := load()
	sc := new(oldScratch)
	a := &oldArticle{sents: make([]result, len(sentences))}
	sts := sc.sts[:0]
	hasTitle := strings.TrimSpace(title) != ""
	if hasTitle {
		tl := sameLenLower(title)
		sts = sc.addSent(sts, title, tl, 0, len(title), tokenize(title, tl, 0, len(title), lx, sc.titleToks[:0]))
		sc.titleToks = sts[0].toks
	}
	lower := sameLenLower(text)
	toks := sc.toks[:0]
	bounds := append(sc.bounds[:0], 0)
	valid := func(sp sentence.Span) bool { return sp.Start >= 0 && sp.End <= len(text) && sp.Start <= sp.End }
	for _, sp := range sentences {
		if valid(sp) {
			toks = tokenize(text, lower, sp.Start, sp.End, lx, toks)
		}
		bounds = append(bounds, len(toks))
	}
	sc.toks, sc.bounds = toks, bounds
	for i, sp := range sentences {
		if !valid(sp) {
			sp = sentence.Span{}
		}
		sts = sc.addSent(sts, text, lower, sp.Start, sp.End, toks[bounds[i]:bounds[i+1]:bounds[i+1]])
	}
	sc.sts = sts
	for i := range sts {
		lx.scan(&sts[i])
		sts[i].scanned = true
	}
	// A company's cue anywhere (Article.firmCue) makes a lone name that speaks a company's.
	cued := lx.hasFirmCue(text) || hasTitle && lx.hasFirmCue(title)
	clusters := oldCorefer(lx, sts, sc.clusters, cued)
	oldCompanies(sts, clusters)
	oldJoinFirstNames(lx, sts, clusters)
	oldJoinShortNames(sts, clusters)
	oldJoinAliases(sts, clusters)
	n := 0
	for i := range sts {
		n += len(sts[i].mentions)
	}
	actors := make([]Actor, 0, n) // room for the actors of every sentence: one per mention at most
	for i := range sts {
		var r result
		r, actors = lx.finish(&sts[i], clusters, actors)
		if hasTitle && i == 0 {
			a.title = r
		} else if hasTitle {
			a.sents[i-1] = r
		} else {
			a.sents[i] = r
		}
	}
	return a
}

// addSent appends the sentence src[start:end], of toks, marked.
func (sc *oldScratch) addSent(sts []sent, src, lower string, start, end int, toks []token) []sent {
	var mentions []mention
	var places []placeCand
	if n := len(sts); n < cap(sts) {
		old := sts[:n+1][n]
		mentions, places = old.mentions[:0], old.places[:0]
	}
	st := sent{src: src, lower: lower, start: start, end: end, toks: toks, mentions: mentions, places: places, words: &sc.words}
	markSentence(&st)
	st.titleCase = isTitleCase(&st)
	return append(sts, st)
}

// oldCorefer is the coreference of the eager AnalyzeDoc: every person
// mention of the article at once, with maps by name, surname and title.
// People and groups (mention.group) are resolved apart, and the groups of
// a family the article names a person of are none.
func oldCorefer(lx *lexicon, sts []sent, buf []cluster, cued bool) []cluster {
	persons := 0
	families := make(map[string]bool) // the surnames of people, which groups of their plural are families of
	for s := range sts {
		for m := range sts[s].mentions {
			if mm := &sts[s].mentions[m]; mm.kind == mPerson {
				persons++
				if !mm.group && !mm.official {
					families[lx.surnameKey(mm.words)] = true
				}
			}
		}
	}
	cl := slices.Grow(buf[:0], persons) // a cluster has a person mention of its own
	cl = oldCoreferSet(lx, sts, cl, cued, func(mm *mention) bool { return mm.kind == mPerson && !mm.group })
	cl = oldCoreferSet(lx, sts, cl, cued, func(mm *mention) bool {
		if mm.kind != mPerson || !mm.group {
			return false
		}
		sur := lx.surnameKey(mm.words)
		return groupStem(sur) == sur || !families[groupStem(sur)]
	})
	return oldByTitle(sts, cl)
}

// oldCoreferSet clusters the person mentions for which in is true, as
// oldCorefer does, appending to cl.
func oldCoreferSet(lx *lexicon, sts []sent, cl []cluster, cued bool, in func(*mention) bool) []cluster {
	byKey := make(map[string]int)
	fulls := make(map[string][]pos) // full names by surname, in text order
	// The full names with a role by surname, to tell one that ends a
	// longer one.
	allFulls := make(map[string][]*mention)
	for s := range sts {
		for m := range sts[s].mentions {
			if mm := &sts[s].mentions[m]; in(mm) && mm.certain && !mm.atPlace && mm.role != "" && lx.isFull(mm.words) {
				sur := lx.surnameKey(mm.words)
				allFulls[sur] = append(allFulls[sur], mm)
			}
		}
	}
	endsLonger := func(mm *mention) bool {
		for _, f := range allFulls[lx.surnameKey(mm.words)] {
			if len(f.words) > len(mm.words) && lx.endsWith(f.words, mm.words) {
				return true
			}
		}
		return false
	}
	for s := range sts {
		for m := range sts[s].mentions {
			mm := &sts[s].mentions[m]
			if !in(mm) || !mm.certain || mm.atPlace || mm.firm || mm.storm || !lx.isFull(mm.words) || endsLonger(mm) {
				continue
			}
			key := mm.nameKey()
			idx, ok := byKey[key]
			if !ok {
				idx = len(cl)
				cl = append(cl, cluster{words: mm.words, name: strings.Join(mm.words, " "), country: -1, org: -1, group: mm.group})
				byKey[key] = idx
			}
			mm.cluster = idx
			sur := lx.surnameKey(mm.words)
			fulls[sur] = append(fulls[sur], pos{s, mm.tok, m})
		}
	}
	for pass := 0; pass < 3; pass++ {
		for s := range sts {
			for m := range sts[s].mentions {
				mm := &sts[s].mentions[m]
				if !in(mm) || mm.cluster >= 0 {
					continue
				}
				switch pass {
				case 0:
					if mm.firm || mm.storm {
						continue
					}
					mm.cluster = lx.nearestFull(sts, oldFullsOf(lx, fulls, mm.words), pos{s, mm.tok, m}, mm.words, cl)
				case 1:
					if mm.certain && !mm.atPlace {
						key := mm.nameKey()
						idx, ok := byKey[key]
						if !ok {
							idx = len(cl)
							cl = append(cl, cluster{words: mm.words, name: strings.Join(mm.words, " "), country: -1, org: -1, group: mm.group})
							byKey[key] = idx
						}
						mm.cluster = idx
					}
				case 2:
					if idx, ok := byKey[mm.nameKey()]; ok {
						mm.cluster = idx
					}
				}
			}
		}
	}
	for s := range sts {
		for _, mm := range sts[s].mentions {
			if in(&mm) && mm.cluster >= 0 {
				cl[mm.cluster].firm = cl[mm.cluster].firm || mm.firm
				cl[mm.cluster].storm = cl[mm.cluster].storm || mm.storm
			}
			if in(&mm) && mm.cluster >= 0 && mm.role != "" && !cl[mm.cluster].hasRole {
				c := &cl[mm.cluster]
				c.role, c.titleKey, c.country, c.org, c.hasRole = mm.role, mm.titleKey, mm.country, mm.org, true
			}
		}
	}
	// A firmish mention's cluster of one word and no title is a company's,
	// and so is one that speaks in an article with a company's cue.
	titledCl := make(map[int]bool)
	for s := range sts {
		for _, mm := range sts[s].mentions {
			if in(&mm) && mm.cluster >= 0 && mm.titleKey != "" {
				titledCl[mm.cluster] = true
			}
		}
	}
	for s := range sts {
		for _, mm := range sts[s].mentions {
			if in(&mm) && (mm.firmish || cued && mm.speaks) && mm.cluster >= 0 && len(cl[mm.cluster].words) == 1 && !titledCl[mm.cluster] {
				cl[mm.cluster].firm = true
			}
		}
	}
	return cl
}

// oldByTitle makes each unnamed official the person the article gives the
// same title and state or organisation, if there is one.
func oldByTitle(sts []sent, cl []cluster) []cluster {
	byTitle := make(map[string][]int)
	for c := range cl {
		if cl[c].titleKey != "" {
			byTitle[cl[c].titleKey] = append(byTitle[cl[c].titleKey], c)
		}
	}
	for s := range sts {
		for m := range sts[s].mentions {
			mm := &sts[s].mentions[m]
			if !mm.official || mm.titleKey == "" {
				continue
			}
			for _, c := range byTitle[mm.titleKey] {
				if mm.kind == mState && cl[c].country == mm.country || mm.kind == mOrg && mm.org >= 0 && cl[c].org == mm.org {
					mm.kind, mm.cluster, mm.role = mPerson, c, ""
					break
				}
			}
		}
	}
	return cl
}

// oldFullsOf returns fulls[lx.surnameKey(words)].
func oldFullsOf(lx *lexicon, fulls map[string][]pos, words []string) []pos {
	var buf [32]byte
	if b, ok := ascii.AppendLower(buf[:0], lx.stripParticle(surnameWord(words))); ok {
		return fulls[string(b)]
	}
	return fulls[lx.surnameKey(words)]
}

// surnameKey returns the last word of a name in lower case, without a
// particle prefix: "assad" for "Bashar al-Assad"; the word before a
// regnal number: "abdullah" for "Abdullah II".
func (lx *lexicon) surnameKey(words []string) string {
	return strings.ToLower(lx.stripParticle(surnameWord(words)))
}

// surnameWord returns the last word of a name, or the one before it if it
// is a regnal number.
func surnameWord(words []string) string {
	if n := len(words); n > 1 && isRegnal(words[n-1]) {
		return words[n-2]
	}
	return words[len(words)-1]
}

// isFull reports whether words are a full name, as mention.full tells: two name words or more, not
// starting with a lowercase particle ("John Kerry", "Bashar al-Assad", not
// "de Mistura").
func (lx *lexicon) isFull(words []string) bool {
	if len(words) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	n := 0
	for _, w := range words {
		if lx.foldedCat(w)&catParticle == 0 {
			n++
		}
	}
	return n >= 2
}

// oldJoinFirstNames is Article.joinFirstNames over every person of the
// article at once: a lone name of no full name's cluster that may start
// one (lexicon.firstWord) is the nearest full name before it that starts
// with it, else the first one after it.
func oldJoinFirstNames(lx *lexicon, sts []sent, cl []cluster) {
	type at struct {
		pos
		c int
	}
	var starts []at // the full names of clusters that may be started, in text order
	for s := range sts {
		for m := range sts[s].mentions {
			if f := &sts[s].mentions[m]; f.kind == mPerson && len(f.words) > 1 && f.certain && !f.firm && !f.group && f.cluster >= 0 {
				starts = append(starts, at{pos{s, f.tok, m}, f.cluster})
			}
		}
	}
	introducedCl := make(map[int]bool) // the clusters of a lone name after a noun of people
	for s := range sts {
		for _, mm := range sts[s].mentions {
			if mm.introduced && mm.cluster >= 0 {
				introducedCl[mm.cluster] = true
			}
		}
	}
	for s := range sts {
		for m := range sts[s].mentions {
			mm := &sts[s].mentions[m]
			if mm.official || len(mm.words) != 1 || mm.firm || mm.group || mm.storm || mm.introduced || !lx.firstWord(mm) ||
				mm.cluster >= 0 && (len(cl[mm.cluster].words) > 1 || cl[mm.cluster].firm || introducedCl[mm.cluster]) {
				continue
			}
			best := -1
			for _, f := range starts {
				fm := &sts[f.s].mentions[f.m]
				if fm.sur == mm.sur || len(fm.words[0]) != len(mm.sur) || !strings.EqualFold(fm.words[0], mm.sur) {
					continue
				}
				if f.s < s || f.s == s && f.m < m {
					best = f.c
				} else {
					if best < 0 {
						best = f.c
					}
					break
				}
			}
			if best >= 0 {
				mm.cluster = best
			}
		}
	}
}

// oldJoinShortNames is Article.joinShortNames over every person of the
// article at once: each cluster of a name of two words alone takes the name
// of the longer full name nearest before its first such mention that
// starts with its words, else of the first one after it.
func oldJoinShortNames(sts []sent, cl []cluster) {
	done := make(map[int]bool)
	for s := range sts {
		for m := range sts[s].mentions {
			mm := &sts[s].mentions[m]
			c := mm.cluster
			if mm.kind != mPerson || mm.official || len(mm.words) != 2 || c < 0 || done[c] {
				continue
			}
			k := &cl[c]
			if !mm.certain || mm.firm || mm.group || mm.storm || len(k.words) != 2 || k.firm || k.group || k.storm || k.introduced {
				continue
			}
			done[c] = true
			best := -1
		find:
			for fs := range sts {
				for fm := range sts[fs].mentions {
					f := &sts[fs].mentions[fm]
					if f.kind != mPerson || f.cluster < 0 || f.sur == mm.sur || !startsLonger(f, mm.words) {
						continue
					}
					if fs < s || fs == s && fm < m {
						best = f.cluster
					} else {
						if best < 0 {
							best = f.cluster
						}
						break find
					}
				}
			}
			if best >= 0 {
				k.takeName(&cl[best])
			}
		}
	}
}

// oldJoinAliases is Article.joinAliases over every person of the article
// at once: the cluster of one word of a nickname takes the name of the
// person it is given for, at its first such mention.
func oldJoinAliases(sts []sent, cl []cluster) {
	done := make(map[int]bool)
	for s := range sts {
		for m := range sts[s].mentions {
			mm := &sts[s].mentions[m]
			if c := mm.cluster; mm.kind == mPerson && mm.alias > 0 && c >= 0 && !done[c] && len(cl[c].words) == 1 {
				done[c] = true
				if to := sts[s].mentions[mm.alias-1].cluster; to >= 0 && to != c {
					cl[c].takeName(&cl[to])
				}
			}
		}
	}
}

// oldCompanies is Article.companies over every person of the article at
// once: the mentions of a cluster with no role that the article names as
// part of an organisation's name are that organisation.
func oldCompanies(sts []sent, cl []cluster) {
	for c := range cl {
		if cl[c].hasRole {
			continue
		}
		o := orgNaming(sts, cl[c].name)
		if o == nil {
			continue
		}
		for s := range sts {
			for m := range sts[s].mentions {
				if mm := &sts[s].mentions[m]; mm.kind == mPerson && mm.cluster == c {
					mm.kind, mm.name, mm.org, mm.country, mm.cluster = mOrg, o.name, o.org, -1, -1
				}
			}
		}
	}
}
