package entity

import "strings"

// Where a name starts and ends, and what "in PLACE" describes. The rules
// here keep a name to the words that are the person's ("Chanting Helmut
// Kohl" is Helmut Kohl, "Ursula von der Leyen" one name) and a place to
// where the event happened ("the war in Ukraine" names none).

// particlesThenName reports whether a name word follows token k after any
// lowercase particles: "von der Leyen", "van der Bellen", "de Mistura".
// first is nameLike's.
func (lx *lexicon) particlesThenName(st *sent, k int, first bool) bool {
	for st.isWord(k) && st.toks[k].flags&(fCap|fHyphenName) == 0 && st.toks[k].cat&catParticle != 0 {
		k++
	}
	return lx.nameLike(st, k, first, false)
}

// familyFirstAfterTitle reports whether token k, a capitalised word that
// is a pronoun too ("He"), is a family name that starts a full name
// ([family-first] of data/given_names.txt) where it stands: inside the
// sentence, after a capitalised word (a title) and before a name word:
// "Vice Premier He Lifeng", but not "He said", "He Said" in a headline
// (one word a name there).
func (st *sent) familyFirstAfterTitle(k int) bool {
	t := st.toks[k]
	if t.cat&catFamilyFirst == 0 || t.flags&fInitial != 0 || st.titleCase || !st.isCapWord(k-1) || !st.isCapWord(k+1) {
		return false
	}
	return st.toks[k+1].cat&(catNonname|catMonth|catWeekday) == 0
}

// startWordNoName reports whether the first word of the name at tokens
// [i, end) of words, the word that starts the sentence, is no part of the
// name after it: a word of no list of names before a given name and a
// surname ("Chanting Helmut Kohl", "Certainly Saddam Hussein"), or one
// ending like a participle or an adverb ("Reading Kohl's speech"). A given
// or family name, or a surname of [known], starts the name ("Patrick
// Mahomes", "Xi Jinping"), and so does an initial ("H. Marshall Schwarz").
func (st *sent) startWordNoName(i, end int, words []string) bool {
	if st.toks[i].flags&fInitial == 0 || len(words) < 2 || end-i != len(words) ||
		st.toks[i].cat&(catGiven|catFamilyFirst|catKnown) != 0 || !st.isCapWord(i+1) || isInitialWord(st.text(i)) {
		return false
	}
	if len(words) >= 3 && st.toks[i+1].cat&catGiven != 0 {
		return true
	}
	w := st.low(i)
	return len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly"))
}

// beforeGroup reports whether a lowercase plural of a noun of people
// follows the name that ends at token end: the name is a company's, a
// place's or a team's that the people belong to ("Dean Witter Reynolds
// analysts said", "Goldman Sachs executives"), and a person only if the
// article names them elsewhere.
func (st *sent) beforeGroup(lx *lexicon, end int) bool {
	if !st.isWord(end) || st.toks[end].flags&(fCap|fHyphenName) != 0 || st.toks[end-1].flags&fPoss != 0 {
		return false
	}
	w := st.low(end)
	return len(w) > 3 && w[len(w)-1] == 's' && lx.foldedCat(w[:len(w)-1])&catPersonNoun != 0
}

// describedPlace reports whether the place word at token m, after the
// preposition at token k ("in", "at"), describes a noun rather than tells
// where the event happened:
//
//   - a noun of a state of affairs stands before the preposition ("the
//     war in Ukraine", [scene-noun] of data/words.txt);
//   - the words before "of" hold a noun of a stance ("at the request of
//     Britain", "at the invitation of Qatar"; [stance]): the state acts;
//   - a plural of a noun of people stands before "in", and a reporting
//     verb after the place ("Regulators in the US said"): who spoke, not
//     where.
func (st *sent) describedPlace(k, m int) bool {
	if st.isWord(k-1) && st.toks[k-1].flags&fCap == 0 && st.toks[k-1].cat&catSceneNoun != 0 {
		return true
	}
	if m > k+2 && st.low(m-1) == "of" {
		for j := k + 1; j < m-1; j++ {
			if st.toks[j].cat&catStance != 0 {
				return true
			}
		}
	}
	if st.low(k) != "in" || !st.isWord(k-1) {
		return false
	}
	if !peoplePlural(load(), st.low(k-1), st.text(k-1)) {
		return false
	}
	e := st.capSeq(m)
	return st.isWord(e) && st.toks[e].flags&fCap == 0 && st.toks[e].cat&catSpeech != 0
}

// personSurname returns the surname key of the person's name at tokens
// [i, end): the word the news names that person by alone if the name has
// it before its last (a known word: "xi" of "Xi Jinping", "lula" of "Luiz
// Inacio Lula da Silva", as a later "Xi" or "Lula" is that person), else
// the last word's (surnameAt: "sihanouk" of "Norodom Sihanouk").
func (lx *lexicon) personSurname(st *sent, i, end int) string {
	for k := i; k < end-1; k++ {
		if knownCat(st.toks[k].cat, k == i) {
			return strings.ToLower(st.text(k))
		}
	}
	return lx.surnameAt(st, end-1)
}

// knownCat reports whether a word of classes c, the first of a name of two
// words or more if first is set, not its last, is the word the news names
// the person by alone: a surname of [known] of data/given_names.txt after
// the first word ("Lula" of "Luiz Inacio Lula da Silva"), or one that is a
// family name too at the first ("Xi" of "Xi Jinping"; not "Abe" of "Abe
// Fortas").
func knownCat(c category, first bool) bool {
	return c&catKnown != 0 && (!first || c&catFamilyFirst != 0)
}

// familyOf reports whether short, one word, is the word the full name full
// names its person by alone (see personSurname): "Xi" of "Xi Jinping",
// "Lula" of "Luiz Inacio Lula da Silva".
func (lx *lexicon) familyOf(full, short []string) bool {
	if len(short) != 1 {
		return false
	}
	for j := 0; j < len(full)-1; j++ {
		if knownCat(lx.foldedCat(full[j]), j == 0) {
			return strings.EqualFold(full[j], short[0])
		}
	}
	return false
}

// initials reports whether w is a person's initials with their last period,
// one or two ("J.C." of "J.C. Matlock"), not a listed name ("U.S."); three
// are more often an acronym ("F.A.O. Schwarz", the toy store).
func (lx *lexicon) initials(w string) bool {
	return len(w) <= 4 && isInitialWord(w) && lx.gz[w] == nil
}

// allCapitalised reports whether a headline of caps capitalised words and
// no lowercase one (lower unset) is written in title case: five words or
// more ("Max Verstappen Wins Dutch Grand Prix"), where a list of names is
// shorter ("Kerry, Lavrov").
func allCapitalised(caps int, lower bool) bool { return !lower && caps >= 5 }

// afterPortfolio reports whether the name at token i, one word, follows a
// capitalised word of a portfolio ([portfolio] of data/titles.txt) in the
// same run, with no title after: "State Farm", "Energy Transfer", "Health
// Net" name companies, and are a person only if the article names one so.
func (st *sent) afterPortfolio(i int) bool {
	k := i - 1
	return st.isCapWord(k) && st.toks[k].cat&catPortfolio != 0 && st.toks[k].flags&fPoss == 0 && st.toks[k].e+1 == st.toks[i].s
}

// orgSuffixEnd returns the index after the company suffix in capitals that
// follows a listed organisation's name ending at token end, if one does:
// "Airbus SE", "Bayer AG" ([org-suffix] of data/words.txt); else end.
func (st *sent) orgSuffixEnd(end int) int {
	if st.toks[end-1].flags&fPoss == 0 && st.isCapWord(end) && st.toks[end].cat&catOrgSuffix != 0 && st.toks[end].flags&fAllCaps != 0 {
		return end + 1
	}
	return end
}

// companyHead returns the end of a company's name that a word at token
// i, the start of the capitalised run [i, seqEnd), starts: an abbreviated
// company word ("Cie. Financiere de Paribas", "Cie. de Navigation Mixte"
// before "Chairman Marc Fournier": a title ends it) or a word of
// [org-head] ("Credit Agricole", "Banca Monte dei Paschi di Siena",
// "Grupo Mexico"); or i if there is none. Such a word after a capitalised
// one ends that name ("Salomon Brothers Inc. Ms. Applebaum", where the
// splitter did not end the sentence; "Germany's Deutsche Bank" is read
// from "Germany").
func (lx *lexicon) companyHead(st *sent, i, seqEnd int) int {
	t := st.toks[i]
	if t.cat&(catOrgSuffix|catOrgHead) == 0 { // most words
		return i
	}
	abbreviated := t.cat&catOrgSuffix != 0 && t.flags&fAllCaps == 0 && strings.HasSuffix(st.text(i), ".")
	if !abbreviated && t.cat&catOrgHead == 0 || st.isCapWord(i-1) {
		return i
	}
	for k := i + 2; k < seqEnd; k++ {
		if _, e := lx.titleAt(st, k); e != nil && st.isCapWord(k) {
			return k
		}
	}
	return seqEnd
}

// afterModel reports whether a product's model number stands before token
// i ("the Boeing 737 Max", "an Airbus A320 Neo"): the word after it is the
// model's, no person's; so are the words before it ("Lion Air Flight 610",
// "Flight JT610"). A number with commas or a point is a count ("1,384,119
// Octel shares", "Innopac's 13.8 million shares"), a year or a score no
// model ("Federer 6-4").
func afterModel(st *sent, i int) bool {
	if !st.isWord(i - 1) {
		return false
	}
	// A model ends in a digit, or a digit and a letter ("777X", "A320s"):
	// most words are passed over here.
	w := st.text(i - 1)
	if n := len(w); n < 3 || !isDigit(w[n-1]) && !isDigit(w[n-2]) {
		return false
	}
	return isModel(w) && !strings.ContainsAny(w, ",-.")
}

// acronymName reports whether the capitalised run [i, seqEnd) is an
// unknown acronym and one capitalised word of no list: a company's name
// ("BNP Paribas", "ING Groep"), not an acronym before a title ("FBI
// Director Kash Patel"), a given name, a month or a listed name, nor
// before a number ("TWA Flight 800", "TWA Flight eight hundred": a
// flight; a lowercase word of [nonname] that is no function word, as
// "and" is).
func (lx *lexicon) acronymName(st *sent, i, seqEnd int) bool {
	if seqEnd != i+2 || st.toks[i].flags&fPoss != 0 {
		return false
	}
	if n := seqEnd; st.isWord(n) && (isDigit(st.src[st.toks[n].s]) || st.toks[n].flags&fCap == 0 && st.toks[n].cat&(catNonname|catFunction) == catNonname) {
		return false
	}
	u := st.toks[i+1]
	if u.flags&(fAllCaps|fHyphenName) != 0 || u.cat&(catNonname|catTitleStart|catGiven|catFamilyFirst|catKnown|catMonth|catWeekday|catPortfolio) != 0 {
		return false
	}
	g, _ := lx.gzAt(st, i+1)
	return g == nil
}

// ampersandName returns the end of a company's name that joins the
// capitalised run [i, seqEnd) to the one after an ampersand ("Procter &
// Gamble", "Crum & Forster", "Weil & Associates", "AT&T", "PG&E"), or
// seqEnd if there is none: no run of a determiner or a function word, nor
// a listed state or place on either side ("US & Canada"), nor letters
// alone on both ("R&D", "M&A", "S&P 500"). g is the listed name at i.
func (lx *lexicon) ampersandName(st *sent, i, seqEnd int, g *gzEntry) int {
	if !st.isPunct(seqEnd, "&") || !st.isCapWord(seqEnd+1) || st.toks[seqEnd-1].flags&fPoss != 0 ||
		st.toks[i].cat&(catDeterminer|catFunction) != 0 || g != nil && g.kind != gzOrg {
		return seqEnd
	}
	if g2, _ := lx.gzAt(st, seqEnd+1); g2 != nil && g2.kind != gzOrg {
		return seqEnd
	}
	e := st.capSeq(seqEnd + 1)
	if seqEnd == i+1 && e == seqEnd+2 && len(st.text(i)) == 1 && len(st.text(seqEnd+1)) == 1 {
		return seqEnd
	}
	return e
}

// firmMention records the name of a company at tokens [i, end), words its
// words (nil: the tokens'), as a person-like mention marked firm, and
// returns end: coreference makes it an organisation, with the longer name
// the article gives it if any ("DPC Acquisition" of "DPC Acquisition
// Partners"), and the article's other mentions of the name that
// organisation ("Morgan Stanley said" after "analysts at Morgan Stanley").
func (lx *lexicon) firmMention(st *sent, i, end int, words []string) int {
	if words == nil {
		words = st.runWords(i, end)
	}
	joined, key := st.nameText(i, end)
	st.mentions = append(st.mentions, mention{
		kind: mPerson, tok: i, words: words, joined: joined, key: key, full: st.isFullName(i, end),
		country: -1, org: -1, quoted: st.toks[i].flags&fQuoted != 0, certain: true, firm: true, cluster: -1,
		sur: lx.personSurname(st, i, end),
	})
	return end
}

// stormMention records the name of a storm after its head words at
// tokens [i, seqEnd) ("Hurricane Josephine", "Tropical Storm Helene") as a
// person-like mention marked storm, and returns seqEnd: coreference makes
// the article's other mentions of the name the storm, no actor.
func (lx *lexicon) stormMention(st *sent, i, seqEnd int) int {
	k := i + 1
	for k < seqEnd-1 && st.toks[k].cat&catStormHead != 0 {
		k++ // "Tropical Storm Helene": the name is Helene
	}
	lx.firmMention(st, k, seqEnd, nil)
	m := &st.mentions[len(st.mentions)-1]
	m.firm, m.storm = false, true
	return seqEnd
}

// afterTimeConj reports whether the name at tokens [i, end) stands right
// after a lowercase conjunction of time ([time-conjunction]) as its object,
// not the subject of a clause: no lowercase word but a small one
// ([function], [nonname]: "last", "in") follows it, and it has no "'s".
// "since Melissa last October", "after Josephine,", not "after Trump won".
func (st *sent) afterTimeConj(i, end int) bool {
	if !st.isWord(i-1) || st.toks[i-1].cat&catTimeConj == 0 || st.toks[i-1].flags&fCap != 0 || st.toks[end-1].flags&fPoss != 0 {
		return false
	}
	if !st.isWord(end) || st.toks[end].flags&fCap != 0 {
		return true
	}
	return st.toks[end].cat&(catFunction|catNonname|catPlacePrep|catTopicPrep|catAwayPrep) != 0
}

// personOfOrg returns the index of "of" in the capitalised run [i,
// seqEnd) that ends like an organisation when the words before it are a
// person's full name with evidence of one and none of them is an
// organisation's word: "Lubomir Kopecek of Masaryk University" is a
// person of a university, not "Bank of England" nor "Friends of the
// Earth". Else it returns i.
func (lx *lexicon) personOfOrg(st *sent, i, seqEnd int) int {
	if st.toks[seqEnd-1].cat&catOrgSuffix == 0 {
		return i
	}
	k := i + 2
	for k < seqEnd-1 && st.isCapWord(k) {
		k++
	}
	if k >= seqEnd-1 || st.low(k) != "of" {
		return i
	}
	for j := i; j < k; j++ {
		if st.toks[j].cat&(catOrgSuffix|catFacility|catNonname|catTopic|catOrgHead) != 0 || st.toks[j].flags&fPoss != 0 {
			return i
		}
	}
	if !lx.personEvidence(st, i, k, st.runWords(i, k)) {
		return i
	}
	return k
}

// andOrgEnd returns the end of an organisation's name of two capitalised
// runs joined by "and" whose first is the one word at token i, of no
// list (scanAt looks), after "the", a possessive or "the" and a state,
// and whose second ends like an organisation: "the Competition and
// Markets Authority", "Britain's Competition and Markets Authority", "the
// U.S. Immigration and Naturalization Service". Else it returns seqEnd,
// the end of the first run: not "Kerry and Lavrov", "the Kremlin and
// Defence Ministry".
func (lx *lexicon) andOrgEnd(st *sent, i, seqEnd int) int {
	if !st.isWord(seqEnd) || !st.isCapWord(seqEnd+1) ||
		st.toks[i].cat&(catNonname|catGiven|catKnown|catFamilyFirst) != 0 || st.low(seqEnd) != "and" ||
		lowOr(st, i-1) != "the" && !(st.isWord(i-1) && st.toks[i-1].flags&fPoss != 0) && !lx.theState(st, i) {
		return seqEnd
	}
	if e := st.capSeq(seqEnd + 1); e > seqEnd+2 && st.toks[e-1].cat&catOrgSuffix != 0 {
		return e
	}
	return seqEnd
}

// theState reports whether a listed state's name, not possessive, ends
// right before token i after "the": "the U.S.", "the United States".
func (lx *lexicon) theState(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if g, e := lx.gzAt(st, k); g != nil && e == i {
			return g.kind == gzState && st.toks[i-1].flags&fPoss == 0 && lowOr(st, k-1) == "the"
		}
	}
	return false
}

// portfolioList returns the end of the portfolios of a government body
// whose name's "of" or "for" comes before token first, the first of them
// ending at end: more capitalised runs after commas, the last after "and"
// ("the Ministry of Mines and Energy", "the Bureau of Alcohol, Tobacco,
// Firearms and Explosives", "the Department for Environment, Food and
// Rural Affairs"). Each run is of words of no list and no person's name;
// a list that does not end with "and" and a run is none ("the Ministry
// of Defence, the army and"). It returns end if there is no list.
func (lx *lexicon) portfolioList(st *sent, first, end int) int {
	if !lx.portfolioRun(st, first, end) {
		return end
	}
	for k := end; ; {
		last := lowOr(st, k) == "and"
		if !last && !st.isPunct(k, ",") {
			return end
		}
		k++
		if lowOr(st, k) == "and" { // a serial comma: ", and"
			last = true
			k++
		}
		e := k
		for st.isCapWord(e) && (e == k || st.toks[e-1].flags&fPoss == 0) {
			e++
		}
		if e == k || !lx.portfolioRun(st, k, e) {
			return end
		}
		if last {
			return e
		}
		k = e
	}
}

// bodyPortfolios returns the end of the portfolios after a body noun of
// a government ([ministry] of words.txt) that ends before token k, "of"
// or "for" ("Russia's Ministry of Defence", "the Russian Ministry of
// Energy and Mines"), kind being the title's: the body's name, which
// stands for its state as the body noun does. Else it returns k.
func (lx *lexicon) bodyPortfolios(st *sent, k int, kind titleKind) int {
	if kind != titleBody || st.toks[k-1].cat&catMinistry == 0 || !st.isCapWord(k+1) {
		return k
	}
	e := k + 1
	for st.isCapWord(e) && st.toks[e-1].flags&fPoss == 0 {
		e++
	}
	if !lx.portfolioRun(st, k+1, e) {
		return k
	}
	return lx.portfolioList(st, k+1, e)
}

// portfolioRun reports whether the capitalised words [i, end) may be a
// portfolio of a government body's name: no listed name starts at any of
// them ("Justice and Google"), none is a given or family name, a month or
// a weekday, and only the last may be possessive.
func (lx *lexicon) portfolioRun(st *sent, i, end int) bool {
	for k := i; k < end; k++ {
		t := st.toks[k]
		if !st.isCapWord(k) || t.cat&(catGiven|catKnown|catFamilyFirst|catMonth|catWeekday) != 0 ||
			k+1 < end && t.flags&fPoss != 0 {
			return false
		}
		if g, _ := lx.gzAt(st, k); g != nil {
			return false
		}
	}
	return true
}

// listText returns the words of tokens [i, end) as written, with the
// commas between them ("Bureau of Alcohol, Tobacco, Firearms and
// Explosives"), when they stand so in one line with single spaces; else
// join's words.
func (st *sent) listText(i, end int) string {
	s := st.src[st.toks[i].s:st.toks[end-1].e]
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\t") {
		return st.join(i, end)
	}
	for k := i; k < end-1; k++ {
		if st.toks[k].flags&fPoss != 0 {
			return st.join(i, end)
		}
	}
	return s
}

// nonnameFirm reads a company whose name starts with a common capitalised
// word ([nonname], of no list, before a capitalised word: scanAt looks) in
// the middle of a sentence (or at its start before a place): "Summit Freight said",
// "pressure on Summit Freight, the US logistics company". A listed place
// after the word and a name after the place are a company named for its
// region when a company's evidence follows (firmAfter): "Southern
// California Edison said it would cut power". The run of
// capitalised words [i, seqEnd) is the company's when a reporting verb or
// an appositive of a company follows; else it names a thing, no actor and
// no person of its last words. It returns the index after the run, or i if
// the run is no such name: at the start of a sentence unless its first
// word is a noun of [topic] ("Summit Freight said", not "Yesterday Putin
// said"), in a headline, after a determiner or of a listed name.
func (lx *lexicon) nonnameFirm(st *sent, i int) int {
	t := st.toks[i]
	if t.flags&(fAllCaps|fPoss) != 0 || st.titleCase ||
		t.flags&fInitial != 0 && t.cat&catTopic == 0 && !lx.placeAfter(st, i) ||
		t.cat&(catDeterminer|catFunction|catMonth|catWeekday|catTitleStart|catModifier|catThingHead) != 0 ||
		st.isWord(i-1) && st.toks[i-1].flags&fCap != 0 {
		return i
	}
	seqEnd := st.capSeq(i)
	for k := i + 1; k < seqEnd; k++ {
		if !st.isCapWord(k) || st.toks[k].cat&(catNonname|catOrgSuffix|catFacility|catTitleStart|catModifier|catPortfolio) != 0 {
			return i // "Second Prime Minister Hun Sen", "Union Bank of Finland"
		}
	}
	if g, ge := lx.gzAt(st, i+1); g != nil {
		if !placeInFirm(g, ge, seqEnd) || !st.firmAfter(seqEnd) {
			return i
		}
		return lx.orgMention(st, i, seqEnd, -1, st.join(i, seqEnd)) // "Southern California Edison said it"
	}
	if lx.verbAfter(st, seqEnd) || st.firmAppositive(seqEnd) {
		return lx.orgMention(st, i, seqEnd, -1, st.join(i, seqEnd))
	}
	return seqEnd
}

// placeInFirm reports whether the listed name g, which ends at token ge
// inside a capitalised run that ends at seqEnd, is a city, a province or a
// region with a name after it: "California" of "Southern California
// Edison". A state's name starts no such company here ("Northern Ireland
// Water" is a body of a region too, but listed states are many words).
func placeInFirm(g *gzEntry, ge, seqEnd int) bool {
	return ge < seqEnd && (g.kind == gzCity || g.kind == gzCapital || g.kind == gzRegion)
}

// placeAfter reports whether a listed city, province or region follows
// token i: "Southern California", which a sentence may start a company's
// name with ("Southern California Edison said it").
func (lx *lexicon) placeAfter(st *sent, i int) bool {
	g, ge := lx.gzAt(st, i+1)
	return g != nil && placeInFirm(g, ge, ge+1)
}

// firmAfter reports whether what follows the name that ends at token end
// shows a company's: a reporting verb and "it" or "its" (saidIt), a
// company's appositive, its shares' move or its ticker.
func (st *sent) firmAfter(end int) bool {
	return st.saidIt(end) || st.firmAppositive(end) || st.sharesMove(end) || st.tickerAfter(end) > end
}

// caseEnd returns the index after a court case's name whose first party
// ends at token end: "v." or "vs." and the capitalised words of the other
// party ("Trump v. United States", "Roe v. Wade", "Brown v. Board of
// Education"); else end. The parties name the case, and it names no
// person nor place ("ruled in Trump v. United States").
func (st *sent) caseEnd(end int) int {
	if !st.isWord(end) || st.toks[end].flags&fCap != 0 || st.src[st.toks[end].s] != 'v' || !st.isCapWord(end+1) {
		return end // most words after a name: no "v." (the first byte tells)
	}
	if w := st.text(end); w != "v." && w != "vs." {
		return end
	}
	return st.capSeq(end + 1)
}

// runWords returns the words of tokens [i, end), all words, as a person
// mention's name words, kept where name keeps them.
func (st *sent) runWords(i, end int) []string {
	arena := st.words
	if arena == nil {
		arena = new([]string)
	}
	n := len(*arena)
	for k := i; k < end; k++ {
		*arena = append(*arena, st.text(k))
	}
	return (*arena)[n:len(*arena):len(*arena)]
}
