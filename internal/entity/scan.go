package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mKind is what a mention names.
type mKind uint8

const (
	mPerson mKind = iota + 1
	mState
	mOrg
)

// mention is an actor named in a sentence, before coreference.
type mention struct {
	kind mKind
	tok  int // index of its first token in the sentence
	// words are a person's name words as written ("Staffan", "de",
	// "Mistura"); joined is them joined by single spaces when they stand so
	// in the text, cut from it ("" if not: see sent.nameText).
	words  []string
	joined string
	// full is set for a full name (sent.isFullName): two name words or
	// more, not starting with a lowercase particle.
	full bool
	// name is the canonical name of a state or organisation.
	name string
	// from and to are the byte offsets in the sentence of the name of an
	// organisation of two words or more ending in a capitalised one ("UN
	// Relief and Works Agency"), whose words are no event (see
	// Article.Kind); both 0 for any other mention.
	from, to int32
	// role is a person's role as written ("US Secretary of State"), or the
	// role of the unnamed official a state or organisation stands for
	// ("foreign minister").
	role string
	// country and org are the state and organisation of a person's role, or
	// of an unnamed official; for a state mention, country is the state, for
	// an organisation org is its index in lexicon.orgs (-1 if not listed).
	country, org int
	// titleKey is the title of the role in lower case ("foreign minister").
	titleKey string
	quoted   bool
	// certain is false for a person named by a lone sentence-initial word
	// ("Successive rounds ..."), or in a title-case headline: such a mention
	// counts only if the article names that person elsewhere.
	certain bool
	// atPlace is set for a person-like name where a place may stand ("in
	// Idlib"): it is a person only if the article names that person
	// elsewhere, and a place otherwise.
	atPlace bool
	// official marks a state or organisation that stands for an unnamed
	// official ("the Russian foreign minister"); it may turn out to be a
	// person the article names with that role.
	official bool
	// group marks a plural name after "the" ("the Broncos", "the Social
	// Democrats"): a team, a band or a party, an organisation if the
	// article has it act (see groupMention).
	group bool
	// firm marks a name the sentence shows is a company's ("analysts at
	// Morgan Stanley", "Petrobras, the state oil company,"): its cluster is
	// an organisation, the longer name the article gives it if any.
	firm bool
	// storm marks the name of a storm after its head word ("Josephine" of
	// "Hurricane Josephine"): its cluster, and so the article's other
	// mentions of the name ("Josephine struck Jamaica", "since Melissa"),
	// is no actor and no place.
	storm bool
	// firmish marks a lone name before a reporting verb and "it" or "its"
	// ("Equinor said on Monday it would cut", "Unilever said its chief
	// executive"): its cluster is a company's if it is of that one word and
	// no mention of it has a title (see Article.corefer).
	firmish bool
	// speaks marks a lone name of no list right before a reporting verb,
	// and no "he" or "she" after it ("Sonatrach said in a statement
	// that"): its cluster is a company's, as a firmish one is, in an
	// article about a company (Article.firmCue).
	speaks bool
	// alias is 1 + the index in the sentence's mentions of the person whose
	// nickname this lone name is, after [alias-cue] ("Joko Widodo, known as
	// Jokowi,"); 0 if none. Its cluster is that person (Article.joinAliases).
	alias int16
	// introduced marks a lone name after a noun of people ("her son,
	// Joshua,"): the article names that person so, and its cluster joins
	// no full name that starts with the name (see Article.joinFirstNames).
	introduced bool
	cluster    int    // a person's cluster after coreference; -1 if none
	key        string // nameKey, once worked out (or cut from the text's lower case with joined)
	sur        string // a person's surname key (surnameAt)
}

// placeCand is a place named after "in" or "at".
type placeCand struct {
	tok     int
	name    string
	country int // its state, -1 if unknown
	quoted  bool
	person  int // index of the person-like mention at the same words, or -1
}

// sent is one sentence (or the title) of an article.
type sent struct {
	src        string // the text the token offsets refer to
	lower      string // src in lower case if of the same length, else ""
	start, end int    // the sentence is src[start:end]
	// exact is set when lower is strings.ToLower(src): src is valid UTF-8
	// and its lower case of the same length. ascii is set when src is
	// known to have no byte beyond ASCII (so no curly quotation mark).
	exact, ascii bool
	// toks are the tokens of the sentence once it is scanned (while it is
	// scanned only, in a long article: see Article.scan).
	toks      []token
	titleCase bool // a headline in title case: only known names count
	mentions  []mention
	places    []placeCand
	// words, if not nil, is where the name words of the article's person
	// mentions are kept, one list for all: Article.words.
	words *[]string
	// scanned is set once mentions and places are read, done once res
	// is worked out. names is set when a mention is an organisation's
	// name of two words or more (mention.from and to).
	scanned, done, names bool
	res                  result
	// The last answer of gzAt that looked names up: at token gzLast-1
	// (none if gzLast is 0), the name gzBest and the index after it.
	gzLast, gzEnd int
	gzBest        *gzEntry
}

// text returns the word of token k as written.
func (st *sent) text(k int) string { t := st.toks[k]; return st.src[t.s:t.e] }

// low returns the word of token k in lower case.
func (st *sent) low(k int) string {
	t := st.toks[k]
	return lowerOf(st.src, st.lower, int(t.s), int(t.e))
}

// isWord reports whether token k exists and is a word.
func (st *sent) isWord(k int) bool { return k >= 0 && k < len(st.toks) && st.toks[k].flags&fWord != 0 }

// isState reports whether w alone is a listed state's name, alias or
// demonym ("US", "Russia", "Russian").
func (lx *lexicon) isState(w string) bool {
	for _, e := range lx.gzFirst.Get(w) {
		if len(e.rest) == 0 && (e.kind == gzState || e.kind == gzDemonym) {
			return true
		}
	}
	return false
}

// holidayDay reports whether the holiday at token i names a day: alone or
// with "Day", "Eve", a weekday or a hyphenated name after it ("Thanksgiving
// Day", "Easter Sunday", "Eid al-Adha"), and then no capitalised word, which
// would make it a name ("Christmas Abbott"). It returns the token after the
// day.
func (st *sent) holidayDay(i int) (end int, ok bool) {
	end = i + 1
	if st.isWord(end) && (st.toks[end].flags&fCap != 0 && st.toks[end].cat&(catHolidayTail|catWeekday) != 0 || st.toks[end].flags&fHyphenName != 0) {
		end++
	}
	if st.isWord(end) && st.toks[end].flags&fCap != 0 && st.toks[end].cat&catNonname == 0 {
		return i, false
	}
	return end, true
}

// besideYear reports whether token k stands where an era does: after a
// number ("499 BC", "the 470s BC") or an era unit ("the 4th century BC"),
// or before a number ("AD 9").
func (st *sent) besideYear(k int) bool {
	startsWithDigit := func(k int) bool {
		if !st.isWord(k) {
			return false
		}
		w := st.text(k)
		return w[0] >= '0' && w[0] <= '9'
	}
	return startsWithDigit(k-1) || st.isWord(k-1) && st.toks[k-1].cat&catEraUnit != 0 || startsWithDigit(k+1)
}

// isPunct reports whether token k exists and is one of the marks.
func (st *sent) isPunct(k int, marks string) bool {
	if k < 0 || k >= len(st.toks) || st.toks[k].p == 0 {
		return false
	}
	if p := st.toks[k].p; p < utf8.RuneSelf {
		// Byte by byte: no byte of a rune beyond ASCII is an ASCII mark,
		// and marks are few.
		for i := 0; i < len(marks); i++ {
			if rune(marks[i]) == p {
				return true
			}
		}
		return false
	}
	return strings.ContainsRune(marks, st.toks[k].p)
}

// isCapWord reports whether token k is a capitalised word (or "al-Assad").
func (st *sent) isCapWord(k int) bool {
	return st.isWord(k) && st.toks[k].flags&(fCap|fHyphenName) != 0
}

// closes reports whether the sentence ends at token k or token k closes an
// appositive (a comma, a dash, a closing parenthesis, a final period).
func (st *sent) closes(k int) bool { return k >= len(st.toks) || st.isPunct(k, ",;:)—–.!?") }

// scan finds the mentions and place candidates of a sentence, after its
// dateline if it has one.
func (lx *lexicon) scan(st *sent) {
	i := 0
	if len(st.toks) > 0 && st.toks[0].flags&fAllCaps != 0 { // most sentences start otherwise
		i = st.dateline()
	}
	toks := st.toks // scanAt changes the tokens' flags, not the list
	for i < len(toks) {
		if t := &toks[i]; t.flags&fWord == 0 || t.flags&(fCap|fHyphenName) == 0 && t.cat&lowerStarts == 0 {
			i++ // punctuation, or one of the many lowercase words scanAt reads nothing at
			continue
		}
		i = max(lx.scanAt(st, i), i+1)
	}
}

// dateline returns the index after the dateline of a wire story that
// starts the sentence, or 0: words in capitals, then maybe a comma and a
// few words ("KYIV, May 15", "CANBERRA, Australia"), then the agency in
// parentheses or a dash or both: "KYIV, May 15 (Reuters) -", "GAZA (AP) —",
// "ROME —". It tells where the story was filed, and its city in capitals
// is no acronym ("KYIV", "GAZA"), its "Aug 22" no person. A ticker in the
// parentheses is no agency: "TSMC (2330.TW) shares rose" names a company.
func (st *sent) dateline() int {
	const dashes = "-—–_"
	k := 0
	for st.isWord(k) && st.toks[k].flags&fAllCaps != 0 {
		k++
	}
	if k == 0 {
		return 0
	}
	if st.isPunct(k, ",") {
		j := k + 1
		for j < len(st.toks) && j < k+8 && !st.isPunct(j, "("+dashes) {
			if !st.isWord(j) && !st.isPunct(j, ",.") {
				return 0
			}
			j++
		}
		k = j
	}
	agency := false
	if st.isPunct(k, "(") {
		if st.tickerAfter(k) > k {
			return 0 // "TSMC (2330.TW) shares rose": a company and its ticker
		}
		j := k + 1
		for j < len(st.toks) && j < k+5 && !st.isPunct(j, ")") {
			j++
		}
		if !st.isPunct(j, ")") {
			return 0
		}
		k, agency = j+1, true
	}
	if st.isPunct(k, dashes) {
		return k + 1
	}
	if agency {
		return k
	}
	return 0
}

// lowerStarts are the classes of the lowercase words scanAt may read
// something at: a particle (a listed organisation, a name), a modifier, a
// title, a portfolio (a role).
const lowerStarts = catParticle | catModifier | catTitleStart | catPortfolio

// scanAt reads what starts at word i and returns the index after it.
func (lx *lexicon) scanAt(st *sent, i int) int {
	t := st.toks[i]
	if t.flags&(fCap|fHyphenName) == 0 {
		// Lower case: an organisation written so ("al Qaeda"), a role ("senior
		// State Department official", "foreign minister Sergei Lavrov"), a name
		// starting with a particle ("de Mistura"). Only at a word of
		// lowerStarts, which scan does not call it for otherwise.
		if t.cat&catParticle != 0 { // else no listed name starts here (gzAt)
			if g, end := lx.gzAt(st, i); g != nil && g.kind == gzOrg {
				return lx.orgMention(st, i, end, g.ref, g.name)
			}
		}
		if t.cat&(catModifier|catTitleStart|catPortfolio) != 0 {
			if next, ok := lx.role(st, i); ok {
				return next
			}
		}
		if t.cat&(catParticle|catFunction) == catParticle && lx.particlesThenName(st, i+1, true) && !st.isCapWord(i-1) {
			return lx.person(st, i, false)
		}
		return i + 1
	}
	g, gEnd := lx.gzAt(st, i)
	// A capitalised sequence longer than any listed name in it that ends
	// like an organisation or a facility is one: "Syrian Arab Army", "Hotel
	// President Wilson", "Geneva International Conference Centre".
	// Such a sequence does not start with a determiner, a preposition
	// ("The European Union") or a weekday, nor with a common word that
	// starts the sentence.
	seqEnd := st.capSeq(i)
	if t.cat&(catDeterminer|catFunction|catPlacePrep|catAwayPrep|catTopicPrep|catWeekday) != 0 ||
		t.cat&catNonname != 0 && t.flags&fInitial != 0 || t.flags&fInitial != 0 && (lx.peoplePlural(st.low(i)) || t.cat&(catShare|catPersonNoun) != 0) {
		seqEnd = i + 1 // nor a weekday: "on Monday SoftBank Group said"; nor "Lawyers for Lumen Exchange", "Shares of Edison International", "Rival Samsung Electronics"
	}
	// "Procter & Gamble", "AT&T": a company (ampersandName).
	if seqEnd < len(st.toks) && st.toks[seqEnd].p == '&' { // few runs end so: no call for the others
		if e := lx.ampersandName(st, i, seqEnd, g); e > seqEnd {
			return lx.orgMention(st, i, e, -1, st.src[t.s:st.toks[e-1].e])
		}
	}
	if g == nil && seqEnd >= i+3 && lowOr(st, i-1) == "the" && st.groupRun(i, seqEnd) {
		return lx.groupMention(st, i, seqEnd, st.runWords(i, seqEnd)) // "the Golden State Warriors"
	}
	// "the Georgian Dream party", "Likud party": a party's name.
	if seqEnd < len(st.toks) && st.toks[seqEnd].cat&catParty != 0 && seqEnd > gEnd && st.isWord(seqEnd) &&
		st.toks[seqEnd].flags&fCap == 0 && st.toks[seqEnd-1].flags&fPoss == 0 && t.cat&catNonname == 0 {
		if _, listed := lx.orgBy[strings.ToLower(st.join(i, seqEnd))]; !listed && lowOr(st, i-1) == "the" {
			// "the Unite union": and "Unite said" is the union; not "the
			// biggest Protestant party", whose adjective names no one elsewhere.
			return lx.firmMention(st, i, seqEnd, nil)
		}
		return lx.orgMention(st, i, seqEnd, -1, st.join(i, seqEnd))
	}
	// "the Competition and Markets Authority", and a state before it, which
	// tells whose it is and is no part of the name the article's acronym
	// spells ("INS"): "the U.S. Immigration and Naturalization Service".
	if seqEnd < len(st.toks) && st.toks[seqEnd].cat&catFunction != 0 &&
		(g == nil && seqEnd == i+1 || g != nil && g.kind == gzState && seqEnd == gEnd+1) {
		if e := lx.andOrgEnd(st, seqEnd-1, seqEnd); e > seqEnd {
			return lx.orgMention(st, i, e, -1, st.join(seqEnd-1, e))
		}
	}
	if seqEnd > i+1 && seqEnd > gEnd {
		if t.cat&catThingHead != 0 && st.toks[seqEnd-1].cat&catOrgSuffix == 0 {
			if t.cat&catStormHead != 0 {
				return lx.stormMention(st, i, seqEnd) // "Hurricane Josephine", "Tropical Storm Helene"
			}
			return seqEnd // "USS Carney": a ship
		}
		if t.cat&(catNonname|catTopic) == catNonname|catTopic && st.low(i+1) == "of" {
			return seqEnd // "the Treaty of Alliance", "the Conference of Allied Powers": an accord, an event
		}
		if k := lx.personOfOrg(st, i, seqEnd); k > i {
			return lx.person(st, i, false) // "Lubomir Kopecek of Masaryk University": then the university
		}
		last := st.toks[seqEnd-1]
		switch {
		case g != nil && g.kind == gzOrg && st.orgSuffixEnd(gEnd) == seqEnd:
			return lx.orgMention(st, i, seqEnd, g.ref, g.name) // "Airbus SE", "Volkswagen AG": the listed company
		case lx.companyHead(st, i, seqEnd) > i+1:
			e := lx.companyHead(st, i, seqEnd)
			return lx.orgMention(st, i, e, -1, st.join(i, e)) // "Cie. Financiere de Paribas", "Credit Agricole"
		case t.cat&catFacilityHead != 0 || last.cat&catFacility != 0:
			return lx.facility(st, i, seqEnd)
		case last.cat&catOrgSuffix != 0, g != nil && lx.team(st, i, gEnd, seqEnd, g), st.onOrgRun(i, seqEnd):
			return lx.orgMention(st, i, seqEnd, -1, st.join(i, seqEnd))
		}
	}
	// Roles: "Russian President Vladimir Putin", "US Secretary of State John
	// Kerry", "President Obama", "U.N. Secretary-General Ban Ki-moon".
	if g != nil && (g.kind == gzState || g.kind == gzDemonym || g.kind == gzOrg) ||
		t.cat&(catModifier|catTitleStart|catPortfolio) != 0 {
		if next, ok := lx.role(st, i); ok {
			return next
		}
	}
	if g != nil {
		return lx.gazetteer(st, i, g, gEnd)
	}
	if t.cat&catNonname != 0 && g == nil && st.isCapWord(i+1) {
		if e := lx.nonnameFirm(st, i); e > i {
			return e // "pressure on Summit Freight, the US logistics company"
		}
		if seqEnd >= i+4 { // a word, an organisation's word, "of" or "for" and a name
			if e := lx.ofOrg(st, i, seqEnd); e > i {
				return e // "the International Organization for Migration"
			}
		}
	}
	if t.cat&(catNonname|catMonth|catWeekday) != 0 {
		return i + 1
	}
	if t.cat&catHoliday != 0 {
		if end, ok := st.holidayDay(i); ok {
			return end
		}
	}
	if t.cat&catEra != 0 && st.besideYear(i) {
		return i + 1 // "499 BC", "AD 9": an era, not an acronym
	}
	// An unknown acronym is an organisation: "YPG", and so is one with a
	// word of no list after it ("BNP Paribas": acronymName).
	if t.flags&fAllCaps != 0 && t.e-t.s <= 4 && !strings.Contains(st.text(i), ".") {
		if t.cat&catCapsNonname != 0 {
			return i + 1 // "AI chips": a common noun's abbreviation
		}
		if lx.acronymName(st, i, seqEnd) {
			return lx.firmMention(st, i, i+2, nil)
		}
		return lx.orgMention(st, i, i+1, -1, st.text(i))
	}
	if seqEnd >= i+3 { // a word, "of" or "for" and a name at the least
		if e := lx.ofOrg(st, i, seqEnd); e > i {
			return e
		}
	}
	if next, ok := lx.roleInRun(st, i, seqEnd); ok {
		return next
	}
	return lx.person(st, i, false)
}

// ofOrg records the organisation of the capitalised run [i, seqEnd) when
// it has "of" or "for" after an organisation's word ("Bank of England",
// "Syrian Observatory for Human Rights", "the International Organization
// for Migration") or "on" that joins a name (orgOn: "the United Nations
// Framework Convention on Climate Change"), with the portfolios that follow a government body's
// ("the Ministry of Mines and Energy": portfolioList), and returns the
// index after it; else it returns i.
func (lx *lexicon) ofOrg(st *sent, i, seqEnd int) int {
	for k := i + 1; k < seqEnd; k++ {
		if w := st.low(k); (w == "of" || w == "for") && st.toks[k-1].cat&catOrgSuffix != 0 || w == "on" && st.orgOn(k) {
			if w != "on" && st.toks[k-1].cat&catMinistry != 0 {
				if e := lx.portfolioList(st, k+1, seqEnd); e > seqEnd {
					return lx.orgMention(st, i, e, -1, st.listText(i, e))
				}
			}
			return lx.orgMention(st, i, seqEnd, -1, st.join(i, seqEnd))
		}
	}
	return i
}

// roleInRun reads a person with a role that starts inside the capitalised
// run [i, seqEnd), after words of no list: "Senate Majority Leader John
// Thune", "Fed Chair Jerome Powell". The words before the title are part
// of the role.
//
// The title may also be the lowercase word right after the run when the
// run's words give no evidence of a person's name (titleAfterRun): "House
// Democratic leader Hakeem Jeffries".
func (lx *lexicon) roleInRun(st *sent, i, seqEnd int) (int, bool) {
	for j := i + 1; j < seqEnd || j == seqEnd && lx.titleAfterRun(st, i, seqEnd); j++ {
		// Only capitalised words of no list before the title: not "Good for
		// Attorney General Janet Reno", "Salomon Brothers Inc. Ms.
		// Applebaum".
		t := st.toks[j-1]
		if t.flags&(fWord|fCap|fPoss) != fWord|fCap || t.cat&(catNonname|catFunction) != 0 ||
			t.cat&catOrgSuffix != 0 && st.src[t.e-1] == '.' {
			return i, false
		}
		if st.toks[j].cat&catTitleStart == 0 {
			continue
		}
		if _, e := lx.titleAt(st, j); e == nil || e.kind == titleHonorific {
			return i, false
		}
		n := len(st.mentions)
		next, ok := lx.role(st, j)
		if ok && len(st.mentions) == n+1 && st.mentions[n].kind == mPerson {
			m := &st.mentions[n]
			m.role = st.join(i, j) + " " + m.role
			return next, true
		}
		st.mentions = st.mentions[:n]
		return i, false
	}
	return i, false
}

// gzAt returns the longest gazetteer name that starts at token i, and the
// index after it. Only the last word may carry a possessive not in the name.
func (lx *lexicon) gzAt(st *sent, i int) (*gzEntry, int) {
	// Listed names start with a capital ("Russia", "U.N.") or a particle
	// ("al Qaeda", "al-Nusra Front").
	if !st.isWord(i) || st.toks[i].flags&(fCap|fHyphenName) == 0 && st.toks[i].cat&catParticle == 0 ||
		st.toks[i].flags&fNoName != 0 {
		return nil, i
	}
	if st.gzLast == i+1 {
		return st.gzBest, st.gzEnd // asked again: a role after a listed name ("Russian President")
	}
	entries := lx.gzFirst.Get(st.text(i))
	if entries == nil {
		st.toks[i].flags |= fNoName // the next call at i need not look it up: most words are asked about more than once
		return nil, i
	}
	var best *gzEntry
	bestEnd := i
	for _, e := range entries {
		end := i + 1 + len(e.rest)
		if end > len(st.toks) || end <= bestEnd {
			continue
		}
		if len(e.rest) > 0 && (st.toks[i].flags&fPoss != 0) != e.firstPoss {
			continue
		}
		ok := true
		for k, w := range e.rest {
			tk := st.toks[i+1+k]
			poss := tk.flags&fPoss != 0
			if st.src[tk.s:tk.e] != w.text || k < len(e.rest)-1 && poss != w.poss {
				ok = false
				break
			}
		}
		if ok {
			best, bestEnd = e, end
		}
	}
	st.gzLast, st.gzBest, st.gzEnd = i+1, best, bestEnd
	return best, bestEnd
}

// capSeq returns the index after the capitalised sequence that starts at
// token i: capitalised words, joined by particles, "of" and "for" before a
// capitalised word, and "on" after an organisation's word ("Framework
// Convention on Climate Change"). A possessive ends it.
func (st *sent) capSeq(i int) int {
	j := i + 1
	for j < len(st.toks) && st.toks[j-1].flags&fPoss == 0 {
		if st.isCapWord(j) {
			j++
			continue
		}
		if st.isWord(j) && st.isCapWord(j+1) {
			// "on" after an organisation's word: "the Intergovernmental
			// Panel on Climate Change".
			if w := st.low(j); w == "of" || w == "for" || w == "on" && st.orgOn(j) ||
				st.toks[j].cat&catParticle != 0 {
				j += 2
				continue
			}
		}
		break
	}
	return j
}

// startsOrg reports whether the listed name at tokens [i, end) starts a
// longer capitalised sequence that ends like an organisation: "U.S. Trust
// Corp.", "Russian Direct Investment Fund".
func (st *sent) startsOrg(i, end int) bool {
	seq := st.capSeq(i)
	return seq > end && st.toks[seq-1].cat&catOrgSuffix != 0
}

// join returns the words of tokens [i, end) as written, separated by
// single spaces, possessives dropped.
func (st *sent) join(i, end int) string {
	if s, ok := st.span(i, end); ok {
		return s
	}
	var b strings.Builder
	for k := i; k < end; k++ {
		if !st.isWord(k) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(st.text(k))
	}
	return b.String()
}

// span returns the text of tokens [i, end) when it is what join returns:
// words only, one space between each two, no possessive dropped.
func (st *sent) span(i, end int) (string, bool) {
	if i < 0 || i >= end || end > len(st.toks) {
		return "", false
	}
	toks, src := st.toks[i:end], st.src
	for k := range toks {
		t := &toks[k]
		if t.flags&fWord == 0 || k+1 < len(toks) && (t.flags&fPoss != 0 || toks[k+1].s != t.e+1 || src[t.e] != ' ') {
			return "", false
		}
	}
	return src[toks[0].s:toks[len(toks)-1].e], true
}

// isFullName reports whether the name words of tokens [i, end) (see name)
// are a full name: two name words or more, not starting with a lowercase
// particle ("John Kerry", "Bashar al-Assad", not "de Mistura"). It reads
// the classes of the tokens' words rather than looking the words up.
func (st *sent) isFullName(i, end int) bool {
	if end-i < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(st.text(i)); !unicode.IsUpper(r) {
		return false
	}
	n := 0
	for k := i; k < end; k++ {
		if st.toks[k].cat&catParticle == 0 {
			n++
		}
	}
	return n >= 2
}

// nameText returns the words of tokens [i, end) joined by single spaces
// and their lower case when they stand so in the text (see span): cut from
// it, rather than joined. Else it returns "", and the lower case is "" too
// where the sentence's is not exact.
func (st *sent) nameText(i, end int) (text, lower string) {
	text, ok := st.span(i, end)
	if !ok {
		return "", ""
	}
	if st.exact {
		s := int(st.toks[i].s)
		lower = st.lower[s : s+len(text)]
	}
	return text, lower
}

// orgMention records an organisation at tokens [i, end) and returns the
// index after it and after a descriptive appositive ("the Nusra Front, an al
// Qaeda affiliate,"): that describes it and names no actor of its own.
func (lx *lexicon) orgMention(st *sent, i, end, ref int, name string) int {
	if ref < 0 {
		// The name is most often the tokens' text, whose lower case is at
		// hand.
		text, key := st.nameText(i, end)
		if key == "" || text != name {
			key = strings.ToLower(name)
		}
		if o, ok := lx.orgBy[key]; ok {
			ref = o
		}
	}
	m := mention{
		kind: mOrg, tok: i, name: name, org: ref, country: -1,
		quoted: st.toks[i].flags&fQuoted != 0, cluster: -1,
	}
	if end-i > 1 && st.isCapWord(end-1) {
		m.from, m.to = int32(int(st.toks[i].s)-st.start), int32(int(st.toks[end-1].e)-st.start)
		st.names = true
	}
	st.mentions = append(st.mentions, m)
	if st.isPunct(end, ",") && st.isWord(end+1) {
		if w := st.low(end + 1); w == "a" || w == "an" {
			k := end + 2
			for k < len(st.toks) && !st.isPunct(k, ",;:)—–") {
				k++
			}
			return k
		}
	}
	return end
}

// stateMention records the state c at token i.
func (lx *lexicon) stateMention(st *sent, i, c int, role, titleKey string, official bool) {
	st.mentions = append(st.mentions, mention{
		kind: mState, tok: i, name: lx.countries[c].name, country: c, org: -1,
		role: role, titleKey: titleKey, official: official,
		quoted: st.toks[i].flags&fQuoted != 0, cluster: -1,
	})
}

// addPlace records a place candidate at token i.
func (st *sent) addPlace(i int, name string, country, person int) {
	st.places = append(st.places, placeCand{
		tok: i, name: name, country: country, person: person,
		quoted: st.toks[i].flags&fQuoted != 0,
	})
}

// gazetteer handles a listed name g at tokens [i, end) that starts no role.
func (lx *lexicon) gazetteer(st *sent, i int, g *gzEntry, end int) int {
	t := st.toks[i]
	if t.cat&catDeterminer != 0 && end > i+1 {
		// "in The Hague": the preposition marked the word after the article.
		t.flags |= st.toks[i+1].flags & (fCtxPlace | fCtxAway | fCtxTopic | fCtxVisit)
	}
	if g.kind != gzOrg && g.kind != gzDemonym && t.flags&fPoss == 0 && st.isRoman(end) {
		return end + 1 // "Vatican II", "Minsk II": a council, an accord, named after the place
	}
	switch g.kind {
	case gzDemonym:
		// "Turkish, Russian and Ukrainian officials": each state of a list
		// before a body noun or an unnamed official is one.
		if st.isPunct(end, ",") || lowOr(st, end) == "and" || lowOr(st, end) == "or" {
			if rp, ok := lx.coordinatedBody(st, end); ok {
				lx.stateMention(st, i, g.ref, rp.bare, rp.titleKey, rp.kind != titleBody)
				return end
			}
		}
		// An adjective: "the Syrian crisis". Before a place it passes the
		// place position on: "in the Yemeni capital Sanaa", "in the Syrian
		// city of Aleppo", "reached the Sudanese city of El Fasher".
		st.passPlace(end, t.flags&(fCtxPlace|fCtxVisit))
		return end
	case gzOrg:
		o := lx.orgs[g.ref]
		// "an Iran Air Boeing 737", "Airbus A320s": a company's model is
		// no actor.
		if o.country < 0 && st.toks[end-1].flags&fPoss == 0 && st.isWord(end) && isModel(st.text(end)) {
			return end + 1
		}
		// "at the White House", "at the Kremlin": a government body's
		// building is a place in its state.
		if o.country >= 0 && t.flags&fCtxPlace != 0 && lowOr(st, prevWord(st, i)) == "at" {
			st.addPlace(i, g.name, o.country, -1)
			return end
		}
		return lx.orgMention(st, i, st.orgSuffixEnd(end), g.ref, g.name)
	case gzState:
		// "Chad Smith", "Israel Katz": a state's name before a name is a first name;
		// a possessive one is not ("Russia's Far East").
		if end == i+1 && t.flags&fPoss == 0 && lx.nameLike(st, end, false, false) {
			if g2, _ := lx.gzAt(st, end); g2 == nil {
				return lx.person(st, i, true)
			}
		}
	}
	// "in the Red Sea city", "the Black Sea port": a sea or a coast before
	// a settlement noun tells where the settlement lies, and is no place;
	// so does a region before one and "of" ("the Pacific port city of
	// Buenaventura": settlementOf).
	if g.kind == gzRegion && (lx.shoreBefore(st, g, end) || st.settlementOf(end)) {
		st.passPlace(end, t.flags&(fCtxPlace|fCtxVisit)) // "in the Red Sea port of Jeddah"
		return end
	}
	// A listed place after a travel verb is where the travel went:
	// "visited Russia", "toured Kyiv". A possessive one before a stance
	// acts: "at Washington's request" (possessiveActs).
	if t.flags&(fCtxPlace|fCtxVisit) != 0 && !lx.possessiveActs(st, end) {
		if st.modifiesTopic(end) || st.isPunct(end, "-‑") && st.toks[end].flags&fSpace == 0 {
			return end // "in the Iran nuclear deal", "an attack on the U.S.-flagged tanker": no place, no actor
		}
		st.addPlace(i, g.name, g.ref, -1)
		if g.kind == gzRegion {
			return end
		}
		return lx.skipPlaceList(st, end)
	}
	// "Xi's Moscow visit", "his Russia trip": where the trip went.
	if st.isWord(end) && st.toks[end].cat&catTrip != 0 && st.toks[end].flags&fCap == 0 && t.flags&(fCtxAway|fCtxTopic) == 0 {
		st.addPlace(i, g.name, g.ref, -1)
		return end
	}
	if t.flags&fCtxAway != 0 {
		return lx.skipPlaceList(st, end)
	}
	if t.flags&fCtxTopic != 0 {
		return end
	}
	switch g.kind {
	case gzState:
		// "the Syria talks", "the U.S.-led coalition": a topic or a modifier.
		if st.isWord(end) && st.toks[end].flags&fCap == 0 && st.toks[end].cat&catTopic != 0 {
			return end
		}
		if st.isPunct(end, "-‑") && st.toks[end].flags&fSpace == 0 {
			return end
		}
		lx.stateMention(st, i, g.ref, "", "", false)
	case gzCapital:
		// A capital stands for its government when it acts: "Moscow said",
		// "Moscow's position", "Moscow and Washington will".
		if t.flags&fPoss != 0 || st.isWord(end) && st.toks[end].cat&catVerb != 0 && st.toks[end].flags&fCap == 0 ||
			lx.coordinated(st, i, end) || lx.agent(st, i, end) {
			lx.stateMention(st, i, g.ref, "", "", false)
		}
	}
	return end
}

// namePair splits w, a hyphenated word, into two names: two capitalised
// parts of two letters or more, each with a small letter ("Ng-Wang",
// "Biden-Xi"; not "US-China" nor "Jean-pierre").
func namePair(w string) (string, string, bool) {
	h := strings.IndexByte(w, '-')
	if h < 0 {
		return "", "", false
	}
	first, second := w[:h], w[h+1:]
	return first, second, nameLikePart(first) && nameLikePart(second)
}

// nameLikePart reports whether w, a part of a hyphenated word, looks like
// a name: a capital, then small ASCII letters only, two letters or more.
func nameLikePart(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// pairMention adds the person mention of name, one of a pair of names
// written with a hyphen at token i ("Ng" of "Ng-Wang meeting"): a name that
// counts only as a person the article names (not certain).
func (lx *lexicon) pairMention(st *sent, i int, name string) {
	st.mentions = append(st.mentions, mention{
		kind: mPerson, tok: i, words: []string{name}, country: -1, org: -1,
		quoted: st.toks[i].flags&fQuoted != 0, cluster: -1, sur: strings.ToLower(name),
	})
}

// passPlace passes ctx, the place position of a word that modifies a noun
// (fCtxPlace, fCtxVisit or none), on to the capitalised word after that
// noun, up to two lowercase words and a settlement noun's "of" on: "in the
// Yemeni capital Sanaa", "in the Syrian city of Aleppo", "in the Red Sea
// port of Jeddah".
func (st *sent) passPlace(end int, ctx tokFlags) {
	if ctx == 0 {
		return
	}
	k := end
	for k < end+2 && st.isWord(k) && st.toks[k].flags&(fCap|fHyphenName) == 0 && st.toks[k].cat&catFunction == 0 {
		k++
	}
	if k > end && lowOr(st, k) == "of" && st.toks[k-1].cat&catSettlement != 0 {
		k++
	}
	if k > end && st.isCapWord(k) || k == end && st.isCapWord(k) && st.settlementOf(st.capSeq(k)) {
		st.toks[k].flags |= ctx // and "in the French Riviera city of Nice" passes it on (settlementOf)
	}
}

// shoreBefore reports whether g, a region ending at token end, is a sea or
// a coast ([shore] of words.txt: its name's last word) before a lowercase
// settlement noun: "the Red Sea city", "the Black Sea port of Odesa".
func (lx *lexicon) shoreBefore(st *sent, g *gzEntry, end int) bool {
	name := g.name[strings.LastIndexByte(g.name, ' ')+1:]
	return lx.foldedCat(name)&catShore != 0 && st.isWord(end) && st.toks[end].flags&fCap == 0 &&
		st.toks[end].cat&catSettlement != 0
}

// peopleAdjective reports whether w ends like an adjective of a people:
// "Crimean", "Sudanese", "Kurdish".
func peopleAdjective(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")
}

// compoundAdjective reports whether w is an adjective of two peoples or
// states written with a hyphen: its first part a combining form ("Sino-",
// "Franco-", "Anglo-", "Russo-": four letters or more ending in "o") or
// its last part a listed demonym ("Israeli-Palestinian").
func (lx *lexicon) compoundAdjective(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 0 || h == len(w)-1 {
		return false
	}
	first, rest := w[:h], w[h+1:]
	if len(first) >= 4 && first[len(first)-1] == 'o' && rest[0] >= 'A' && rest[0] <= 'Z' {
		return true
	}
	last := rest[strings.LastIndexByte(rest, '-')+1:]
	for _, g := range lx.gz[last] {
		if g.kind == gzDemonym && len(g.rest) == 0 {
			return true
		}
	}
	return false
}

// isModel reports whether w is a product's model number or code, or their
// plural: "737", "777X", "A320", "A350-1000", "A320s". A count ("NATO 50
// years ago") has fewer than three characters and a year four digits.
func isModel(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 3 || len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	digit := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digit = true
		case c >= 'a' && c <= 'z', i == 0 && c == '-':
			return false
		}
	}
	return digit && (isDigit(w[0]) || w[0] >= 'A' && w[0] <= 'Z')
}

// prevWord returns the index of the word before token i, past an article
// ("at the White House"), or -1.
func prevWord(st *sent, i int) int {
	k := i - 1
	if st.isWord(k) && st.toks[k].cat&catDeterminer != 0 && st.toks[k].flags&fCap == 0 {
		k--
	}
	return k
}

// modifiesTopic reports whether the place that ends at token end modifies
// a topic noun after it ([topic] of data/words.txt), and so names no place
// of the event: "in the Black Sea grain deal", "in the Gaza ceasefire
// talks", "in the Ukraine war". Up to two lowercase words may stand
// between; with none, a [venue-noun] took place there: "in the Geneva
// talks". The topic noun ends the phrase: "at a Tel Aviv peace rally" is
// in Tel Aviv.
func (st *sent) modifiesTopic(end int) bool {
	if st.toks[end-1].flags&fPoss != 0 {
		return false // "in Syria's civil war"
	}
	for k := end; k < end+3 && st.lowerNoun(k); k++ {
		if u := st.toks[k]; u.cat&catTopic != 0 && (k > end || u.cat&catVenueNoun == 0) && !st.lowerNoun(k+1) {
			return true // the topic noun ends the phrase: not "a Tel Aviv peace rally"
		}
	}
	return false
}

// lowerNoun reports whether token k is a lowercase word that may be a noun:
// not a function word, a determiner, a verb or a preposition.
func (st *sent) lowerNoun(k int) bool {
	return st.isWord(k) && st.toks[k].flags&(fCap|fHyphenName) == 0 &&
		st.toks[k].cat&(catFunction|catDeterminer|catVerb|catPlacePrep|catAwayPrep|catTopicPrep) == 0
}

// possessiveActs reports whether the listed place that ends at token end
// is possessive before a noun of a stance ([stance] of data/words.txt):
// "at Washington's request", "in Moscow's view" are the state acting; "in
// Syria's north", "in Moscow's Red Square" a place.
func (lx *lexicon) possessiveActs(st *sent, end int) bool {
	return st.toks[end-1].flags&fPoss != 0 && st.isWord(end) && st.toks[end].flags&fCap == 0 && st.toks[end].cat&catStance != 0
}

// agent reports whether the capital at tokens [i, end) is the agent of a
// passive or of a noun: "condemned by Damascus", "strikes by Moscow". A
// lowercase word after it that may be a noun makes it a modifier ("by
// Damascus airport"), and ", who" a person ("outmaneuvered by Washington,
// who attacked").
func (lx *lexicon) agent(st *sent, i, end int) bool {
	if lowOr(st, i-1) != "by" || st.isPunct(end, ",") && lowOr(st, end+1) == "who" {
		return false
	}
	return !st.isWord(end) || st.toks[end].flags&fCap != 0 || st.toks[end].cat&(catFunction|catVerb|catDeterminer) != 0
}

// coordinated reports whether the state or capital at tokens [i, end) is
// joined by "and" or a comma to another state, capital or organisation:
// "Moscow and Washington", "between the Taliban and Washington".
func (lx *lexicon) coordinated(st *sent, i, end int) bool {
	isState := func(k int) bool {
		g, _ := lx.gzAt(st, k)
		return g != nil && (g.kind == gzState || g.kind == gzCapital || g.kind == gzOrg)
	}
	if (st.isPunct(end, ",") || st.isWord(end) && st.low(end) == "and") && isState(end+1) {
		return true
	}
	if st.isWord(i-1) && st.low(i-1) == "and" || st.isPunct(i-1, ",") {
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if g, e := lx.gzAt(st, k); g != nil && e == i-1 && (g.kind == gzState || g.kind == gzCapital || g.kind == gzOrg) {
				return st.toks[k].flags&(fCtxPlace|fCtxAway|fCtxTopic) == 0
			}
		}
	}
	return false
}

// coordinatedBody reads the rest of a list of demonyms and states that
// starts at token k, a comma or a conjunction after one ("Turkish, Russian
// and Ukrainian officials"), and returns the role of its last one when
// that is a body noun or an unnamed official with no name after it.
func (lx *lexicon) coordinatedBody(st *sent, k int) (rolePhrase, bool) {
	for n := 0; n < 8; n++ {
		if st.isPunct(k, ",") {
			k++
		}
		if w := lowOr(st, k); w == "and" || w == "or" {
			k++
		}
		g, e := lx.gzAt(st, k)
		if g == nil || g.kind != gzDemonym && g.kind != gzState || st.toks[e-1].flags&fPoss != 0 {
			return rolePhrase{}, false
		}
		if st.isPunct(e, ",") || lowOr(st, e) == "and" || lowOr(st, e) == "or" {
			k = e
			continue
		}
		rp, ok := lx.rolePhrase(st, k)
		if !ok || rp.bodyCountry < 0 || rp.kind != titleBody && lx.nameLike(st, rp.end, true, false) {
			return rolePhrase{}, false
		}
		return rp, true
	}
	return rolePhrase{}, false
}

// skipPlaceList returns the index after the places listed with the one that
// ends at end: "in Geneva, Switzerland", "in Moscow and Washington".
func (lx *lexicon) skipPlaceList(st *sent, end int) int {
	for st.isPunct(end, ",") || st.isWord(end) && st.low(end) == "and" {
		k := end + 1
		if st.isWord(k) && st.toks[k].cat&catDeterminer != 0 && st.toks[k].flags&fCap == 0 {
			k++ // "visited Saudi Arabia, Qatar and the United Arab Emirates"
		}
		g, e := lx.gzAt(st, k)
		if g == nil || g.kind == gzOrg || g.kind == gzDemonym {
			break
		}
		if st.isWord(e) && st.toks[e].cat&catVerb != 0 {
			break // "in Geneva, Russia said"
		}
		end = e
	}
	return end
}

// facility handles a facility name at tokens [i, end): a place when it
// follows "in" or "at", with its city when one follows ("at the Hotel
// President Wilson in Geneva" is "Hotel President Wilson, Geneva").
func (lx *lexicon) facility(st *sent, i, end int) int {
	if st.toks[i].flags&fCtxPlace == 0 {
		return end
	}
	name := st.join(i, end)
	c := -1
	if st.isPunct(end, ",") || st.isWord(end) && st.low(end) == "in" {
		if g, e := lx.gzAt(st, end+1); g != nil && (g.kind == gzCity || g.kind == gzCapital) {
			name += ", " + g.name
			c = g.ref
			end = lx.skipPlaceList(st, e)
		}
	}
	st.addPlace(i, name, c, -1)
	return end
}

// nameLike reports whether token k can be a word of a person's name. first
// is set for the first word; gzOK lets a listed state start it ("Chad
// Smith").
func (lx *lexicon) nameLike(st *sent, k int, first, gzOK bool) bool {
	if !st.isWord(k) {
		return false
	}
	t := st.toks[k]
	if t.flags&fHyphenName == 0 {
		if t.flags&fCap == 0 || t.flags&fAllCaps != 0 && !isInitialism(st.text(k)) && !lx.initials(st.text(k)) ||
			t.cat&catNonname != 0 && !st.familyFirstAfterTitle(k) {
			return false
		}
	}
	if t.cat&(catMonth|catWeekday) != 0 {
		// "Theresa May", but not "May 5" nor a name starting with a month,
		// nor a weekday after a name ("Bill Clinton Thursday").
		if first || t.cat&catWeekday != 0 || st.isWord(k+1) && isDigit(st.src[st.toks[k+1].s]) {
			return false
		}
	}
	if w := st.text(k); first && hyphenAt(w) >= 0 { // most words have no hyphen
		// "Soviet-led", "Russian-backed": a compound adjective.
		if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) && !unicode.IsUpper(rune(w[h+1])) && t.flags&fHyphenName == 0 {
			return false
		}
		// "US-Russian strikes", "Russia-Ukraine talks": states joined.
		if h := hyphenAt(w); h > 0 && lx.isState(w[:h]) {
			return false
		}
	}
	if first && t.cat&catTitleStart != 0 {
		if _, te := lx.titleAt(st, k); te != nil {
			return false
		}
	}
	if g, _ := lx.gzAt(st, k); g != nil {
		if first {
			return gzOK
		}
		// "George Washington", "Michael Jordan", but not "Kerry Russian".
		return g.kind == gzState || g.kind == gzCapital || g.kind == gzCity
	}
	return true
}

// person reads a person's name at token i (a particle may start it: "de
// Mistura"), records it with the role of an appositive that follows
// (", the U.N.'s Syria envoy,") and returns the index after both.
func (lx *lexicon) person(st *sent, i int, gzFirst bool) int {
	end, words := lx.name(st, i, gzFirst)
	if end == i {
		return i + 1
	}
	if words == nil {
		return end // "Title IX": no person
	}
	if len(words) == 1 && len(words[0]) == 1 || len(words) == 1 && lx.partyState(words[0]) || thingName(words) {
		return end // "S&P", "C$8.5 million": a letter is no one's name; nor is "R-Fla."
	}
	if e := st.caseEnd(end); e > end {
		return e // "Trump v. United States", "Roe v. Wade": a court case, no person nor place
	}
	if st.startWordNoName(i, end, words) {
		return lx.person(st, i+1, false) // "Chanting Helmut Kohl": Helmut Kohl
	}
	if st.possessiveCompany(i, end) {
		return lx.orgMention(st, i, end, -1, st.join(i, end)+"'s") // "Shoney's said"
	}
	if st.settlementOf(end) {
		st.passPlace(end, st.toks[i].flags&(fCtxPlace|fCtxVisit))
		return end // "in the Amazon city of Belem": Belem is the place
	}
	if len(words) == 1 && st.isWord(end) && st.toks[end].cat&catSettlement != 0 && st.toks[end].flags&fCap == 0 ||
		lx.beforeState(st, end) {
		// "Loudon county", "Oshkosh, Wis.": a place.
		if st.toks[i].flags&fCtxPlace != 0 {
			st.addPlace(i, strings.Join(words, " "), -1, -1)
		}
		return end
	}
	if e := lx.shareEvidence(st, i, end, words); e > i {
		return e // "Petrobras shares rose", "shares of Petrobras", "Petrobras (PETR4.SA)"
	}
	if len(words) == 1 && (st.isWord(end) && st.toks[end].cat&catProduct != 0 && st.toks[end].flags&fCap == 0 || afterModel(st, i)) ||
		afterModel(st, end+1) {
		return end // "Brent crude", "Patriot air defence systems", "the Boeing 737 Max", "Lion Air Flight 610": a thing
	}
	if st.isWord(i-2) && st.toks[i-2].cat&catSettlement != 0 && st.toks[i].flags&fCtxPlace == 0 && lowOr(st, i-1) == "of" {
		return end // "captured the village of Novopil": a place, no person
	}
	if len(words) == 1 && st.lowerNoun(end) && st.toks[end].cat&catSpeech == 0 && lx.compoundAdjective(words[0]) {
		return end // "near the Sino-Korean border", "a Franco-American force"
	}
	if len(words) == 1 && st.lowerNoun(end) && st.toks[end].cat&catPairNoun != 0 {
		if first, second, ok := namePair(words[0]); ok {
			// "after Ng-Wang meeting", "the Biden-Xi summit": two people
			// the article names, or no one.
			lx.pairMention(st, i, first)
			lx.pairMention(st, i, second)
			return end
		}
	}
	t := st.toks[i]
	if lx.employerBefore(st, i) || st.firmAppositive(end) {
		// "analysts at Morgan Stanley": an employer; "Petrobras, the state
		// oil company,": a company, and so are the article's other
		// mentions of the name.
		return lx.firmMention(st, i, end, words)
	}
	// "the Olympics", "the Cabbage Patch dolls", "the 2000 Olympics": a
	// person's name takes no article.
	if k := i - 1; k >= 0 {
		if st.isWord(k) && isDigit(st.src[st.toks[k].s]) {
			k--
		}
		if st.isWord(k) && st.toks[k].cat&catDeterminer != 0 {
			if k == i-1 && st.groupName(i, end) {
				return lx.groupMention(st, i, end, words) // "the Broncos beat the Colts"
			}
			// "in the Jobar district", "an assault on the Rzhev salient"; not
			// an adjective of a people after a strike ("an attack on the
			// Crimean bridge").
			if t.flags&fCtxPlace != 0 && !st.titleCase && !numberedName(words) &&
				(lowOr(st, k-1) != "on" || len(words) > 1 || !peopleAdjective(words[0])) {
				st.addPlace(i, strings.Join(words, " "), -1, -1)
			}
			return end
		}
	}
	joined, key := st.nameText(i, end)
	m := mention{
		kind: mPerson, tok: i, words: words, joined: joined, key: key, full: st.isFullName(i, end),
		country: -1, org: -1,
		quoted: t.flags&fQuoted != 0, certain: true, cluster: -1,
		atPlace: t.flags&fCtxPlace != 0, sur: lx.personSurname(st, i, end),
	}
	if st.titleCase {
		m.certain = false
	} else if len(words) == 1 && (st.isWord(end) && st.toks[end].cat&catTitleStart != 0 && st.toks[end].flags&fCap == 0 && lx.bodyAt(st, end) ||
		lx.pluralTitleAt(st, end)) {
		// "Tigrayan forces", "Amhara militia", "Munduruku leaders": a
		// people's adjective, unless the article names the person ("Assad
		// forces").
		m.certain = false
	} else if st.beforeGroup(lx, end) || len(words) == 1 && st.afterPortfolio(i) {
		m.certain = false // "Dean Witter Reynolds analysts said", "State Farm said": see beforeGroup, afterPortfolio
	} else if t.flags&fCtxAway != 0 && len(words) == 1 && st.toks[end-1].flags&fPoss == 0 && !afterTo(st, i) {
		// "withdrew from Vovchansk", "pushed into Kurakhove": an unlisted
		// place more often than a person, who counts if the article names
		// them ("a call from Kerry") or a possessive shows it ("through
		// Zia's Pakistan").
		m.certain = false
	} else if len(words) == 1 && t.cat&catFacility != 0 {
		m.certain = false // "after Castle meeting": a building, unless the article names a person so ("Mike Castle")
	} else if len(words) == 1 && st.afterTimeConj(i, end) {
		m.certain = false // "since Melissa last October": a storm or an event as often as a person
	} else if t.flags&fInitial != 0 && len(words) == 1 {
		// A lone capitalised word at the start of a sentence may be any word;
		// "Lavrov said", "Lavrov's" and "Kerry and Lavrov" show it is a name,
		// and so does a travel verb ("Lavrov visited", "Putin arrived") unless
		// the word may be a plural ("Inspectors visited the site"), and a
		// listed surname or given name ("Trump posted", "Elian was found").
		last := st.toks[end-1]
		m.certain = last.flags&fPoss != 0 || t.cat&(catKnown|catGiven) != 0 ||
			st.isWord(end) && st.toks[end].cat&catSpeech != 0 && st.toks[end].flags&fCap == 0 ||
			st.travels(end) && !strings.HasSuffix(words[0], "s") ||
			(st.isPunct(end, ",") || st.isWord(end) && st.low(end) == "and") && lx.nameLike(st, end+1, true, false)
	}
	if len(words) == 1 {
		m.firmish = !m.atPlace && t.cat&(catGiven|catKnown|catFamilyFirst) == 0 && st.saidIt(end)
		m.speaks = !m.atPlace && t.cat&(catGiven|catKnown|catFamilyFirst) == 0 && st.speaksUnnamed(end)
		m.alias = st.aliasOf(i)
		m.introduced = st.afterPersonNoun(i)
	}
	if m.atPlace && !st.titleCase && !numberedName(words) { // "Deal Setting Tariff At 15 Percent": in a headline only a listed place
		st.addPlace(i, m.joinedWords(), -1, len(st.mentions))
	}
	// An appositive role: "Staffan de Mistura, the U.N.’s Syria envoy, told".
	if st.isPunct(end, ",") {
		k := end + 1
		if st.isWord(k) && st.toks[k].cat&catDeterminer != 0 {
			k++
		}
		if rp, ok := lx.rolePhrase(st, k); ok && rp.kind != titleBody && rp.kind != titleHonorific && st.closes(st.afterSeat(rp.end)) {
			m.role, m.country, m.org, m.titleKey = rp.role, rp.country, rp.org, rp.titleKey
			end = rp.end // the seat's place is read on: "in Buffalo"
		}
	}
	// A possessive after "from" or "to" is evidence ("through Zia's
	// Pakistan"), read above.
	if m.certain && m.role == "" && (t.flags&fCtxAway == 0 || st.toks[end-1].flags&fPoss == 0) &&
		!lx.personEvidence(st, i, end, words) {
		if !m.atPlace && st.officerAfter(end) && !lx.relationAfter(st, end) {
			return lx.firmMention(st, i, end, words) // "Tata Sons chairman N. Chandrasekaran"
		}
		m.certain = false // "Delta Air Lines", "Wheat", "Truth Social": see personEvidence
	}
	st.mentions = append(st.mentions, m)
	return end
}

// bodyAt reports whether a body noun of data/titles.txt starts at token k
// ("forces", "troops", "government").
func (lx *lexicon) bodyAt(st *sent, k int) bool {
	_, e := lx.titleAt(st, k)
	return e != nil && e.kind == titleBody
}

// afterTo reports whether "to" stands before token i, with up to three
// lowercase words between: "a letter to Putin", "spoke to the Kremlin".
func afterTo(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && st.isWord(k) && st.toks[k].flags&fCap == 0; k-- {
		if st.low(k) == "to" {
			return true
		}
	}
	return false
}

// travels reports whether token k is a lowercase verb of travel that
// takes a traveller as its subject: one of [visit] ("visited", "toured"),
// or of [travel] that is a [verb] too ("arrived"). "Calm returned" and
// "Fighting moved" have other subjects.
func (st *sent) travels(k int) bool {
	if !st.isWord(k) || st.toks[k].flags&fCap != 0 {
		return false
	}
	c := st.toks[k].cat
	return c&catVisit != 0 || c&(catTravel|catVerb) == catTravel|catVerb
}

// name reads the words of a person's name at token i and returns the index
// after them. A lowercase particle may stand before a name word ("de
// Mistura", "Osama bin Laden"); a possessive ends the name. In a title-case
// headline a name is one word. A Roman number after the words ends a
// person's name when it is a regnal number (see regnal); else the words
// and the number name no person ("Title IX", "Apollo XI"), and name returns
// the index after the number with no words.
func (lx *lexicon) name(st *sent, i int, gzFirst bool) (int, []string) {
	maxWords := 6
	if st.titleCase {
		maxWords = 1
	}
	arena := st.words // the words go to the end of the article's list
	if arena == nil {
		arena = new([]string)
	}
	start := len(*arena)
	j, n := i, 0
	for j < len(st.toks) && n < maxWords {
		t := st.toks[j]
		// Not "as" before a name ("known as Building 100"): a particle
		// that is a function word too starts none.
		if st.isWord(j) && t.flags&(fCap|fHyphenName) == 0 && t.cat&catParticle != 0 &&
			(n > 0 || t.cat&catFunction == 0) && lx.particlesThenName(st, j+1, n == 0) {
			*arena = append(*arena, st.text(j))
			j++
			continue
		}
		if n > 0 && t.flags&fAllCaps != 0 && st.isRoman(j) {
			// A number ends the name ("Abdullah II", "Louis XVI's"), if it is
			// a person's; else the words name a thing: "Title IX", "Apollo
			// XI", "Super Bowl XL" are no person.
			if !lx.regnal(st, i, j, n) {
				*arena = (*arena)[:start]
				return j + 1, nil
			}
			*arena = append(*arena, st.text(j))
			n++
			j++
			break
		}
		if !lx.nameLike(st, j, n == 0, gzFirst && j == i) {
			break
		}
		*arena = append(*arena, st.text(j))
		n++
		j++
		if t.flags&fPoss != 0 {
			break
		}
	}
	if n == 0 {
		*arena = (*arena)[:start]
		return i, nil
	}
	end := len(*arena)
	return j, (*arena)[start:end:end]
}

// isRoman reports whether token k is a Roman number of two letters or
// more, written in capitals: "II", "XVI", "XL", "LVIII". A numeral of one
// letter is a pronoun or a letter more often ("I", "V", "X").
func (st *sent) isRoman(k int) bool {
	return st.isWord(k) && st.toks[k].flags&fAllCaps != 0 && romanValue(st.text(k)) > 0
}

// romanValue returns the value of w, a Roman number of two to seven
// letters of I, V, X and L in the canonical spelling ("XL" 40, "LVIII"
// 58), else 0: "LLC", "VX" and "IIII" are no numbers.
func romanValue(w string) int {
	if len(w) < 2 || len(w) > 7 {
		return 0
	}
	v := 0
	for i := 0; i < len(w); i++ {
		d := romanDigit(w[i])
		if d == 0 {
			return 0
		}
		if i+1 < len(w) && romanDigit(w[i+1]) > d {
			v -= d
		} else {
			v += d
		}
	}
	if v <= 0 || v >= 90 || toRoman(v) != w {
		return 0
	}
	return v
}

// romanDigit returns the value of a Roman digit of I, V, X and L, else 0.
func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	}
	return 0
}

// toRoman writes v (0 < v < 90) as a Roman number.
func toRoman(v int) string {
	var b [8]byte
	n := 0
	for _, d := range [...]struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= d.v {
			n += copy(b[n:], d.s)
			v -= d.v
		}
	}
	return string(b[:n])
}

// regnal reports whether the Roman number at token j ends the name of a
// person that starts at token i and has n words before the number: a
// regnal number after a title that takes a given name ("King Mswati
// III", "Pope Leo XIV") or after a name that rulers take ("Louis XVI",
// "John Paul II", "Abdullah II": [regnal-name] of data/words.txt), or II
// to IV after a full name, as American families number their sons
// ("Joseph P. Kennedy III"). After any other word the number names a
// thing: a law ("Title IX"), a programme ("Apollo XI"), an event ("Super
// Bowl XL").
func (lx *lexicon) regnal(st *sent, i, j, n int) bool {
	w := st.text(j)
	if !isRegnal(w) {
		return false // "XL", "LVIII": no ruler's
	}
	if st.isWord(i-1) && st.toks[i-1].cat&catGivenTitle != 0 || st.toks[j-1].cat&catRegnalName != 0 {
		return true
	}
	return n >= 2 && (w == "II" || w == "III" || w == "IV")
}

// rolePhrase is a role read by rolePhrase: modifiers, a title and an
// optional complement.
type rolePhrase struct {
	end  int       // index after the phrase
	kind titleKind // what the title is
	// role is the whole phrase as written, a possessive state made a
	// demonym: "US Secretary of State", "U.N. Syria envoy", "Russian
	// foreign minister".
	role string
	// bare is the phrase without the state or organisation it belongs to:
	// "foreign minister", "senior official".
	bare string
	// country and org are the state and organisation the role belongs to,
	// -1 if none: "Russian" and "US" give a state, "U.N.'s" an organisation.
	// "the Syria envoy" belongs to no state: an [envoy] title's bare state
	// is its subject.
	country, org int
	// bodyCountry and bodyOrg are what an unnamed official stands for: the
	// role's country or organisation, or the state or organisation after
	// "of" ("the top diplomats of Russian Federation").
	bodyCountry, bodyOrg int
	titleKey             string // the title in lower case: "secretary of state"
}

// rolePhrase reads a role at token i.
func (lx *lexicon) rolePhrase(st *sent, i int) (rolePhrase, bool) {
	rp := rolePhrase{country: -1, org: -1, bodyCountry: -1, bodyOrg: -1}
	var roleBuf, bareBuf [8]string // room for most phrases without allocating
	role, bare := roleBuf[:0], bareBuf[:0]
	bareState := -1 // a state named bare ("US", "Syria"): its country or its subject
	sawEntity := false
	k := i
	var te int // once found: the index after the title at k, which entry is
	var entry *titleEntry
	for mods := 0; ; mods++ {
		if mods > 4 || !st.isWord(k) {
			return rp, false
		}
		if te, entry = lx.titleAt(st, k); entry != nil {
			// "Ukraine's General Staff": a listed organisation longer than
			// the title it starts with is no title, and starts no role.
			if g, end := lx.gzAt(st, k); g != nil && g.kind == gzOrg && end > te {
				return rp, false
			}
			break
		}
		if g, end := lx.gzAt(st, k); g != nil && (g.kind == gzState || g.kind == gzDemonym || g.kind == gzOrg) {
			poss := st.toks[end-1].flags&fPoss != 0
			text := st.join(k, end)
			switch {
			case g.kind == gzOrg:
				if rp.org < 0 {
					rp.org = g.ref
				}
			case g.kind == gzDemonym || poss:
				if rp.country < 0 {
					rp.country = g.ref
				}
				if poss && lx.countries[g.ref].demonym != "" {
					text = lx.countries[g.ref].demonym // "Russia's" -> "Russian"
				}
			case st.toks[k].flags&fAllCaps != 0:
				// "US", "U.S.": an acronym is the role's state even before an
				// [envoy] title ("the U.S. envoy").
				if rp.country < 0 {
					rp.country = g.ref
				}
			default:
				if bareState < 0 {
					bareState = g.ref
				}
			}
			role = append(role, text)
			sawEntity = true
			k = end
			continue
		}
		t := st.toks[k]
		// "Debretsion Gebremichael, the TPLF chairman,": an unlisted acronym
		// first is an organisation's, of no index.
		if mods == 0 && t.flags&(fAllCaps|fPoss) == fAllCaps && isAcronym(st.text(k)) {
			role = append(role, st.text(k))
			sawEntity = true
			k++
			continue
		}
		// "Health and Human Services Secretary": portfolios joined by "and".
		if t.cat&(catModifier|catPortfolio) != 0 && t.flags&fPoss == 0 ||
			t.cat&catFunction != 0 && k > i && st.toks[k-1].cat&catPortfolio != 0 && st.isWord(k+1) && st.toks[k+1].cat&catPortfolio != 0 && st.low(k) == "and" {
			role = append(role, st.text(k))
			bare = append(bare, st.text(k))
			k++
			continue
		}
		// "Russian Foreign Ministry spokeswoman", "EU foreign policy chief": words
		// after a state or an organisation.
		if sawEntity && t.flags&fPoss == 0 && (t.flags&fCap != 0 && t.cat&(catNonname|catMonth|catWeekday) == 0 ||
			t.flags&fCap == 0 && t.cat&(catFunction|catDeterminer|catVerb|catSpeech|catPlacePrep|catAwayPrep|catTopicPrep) == 0) {
			role = append(role, st.text(k))
			bare = append(bare, st.text(k))
			k++
			continue
		}
		return rp, false
	}
	// The title and its lower case are most often cut from the text.
	title, titleKey := st.nameText(k, te)
	if titleKey == "" {
		title = st.join(k, te)
		titleKey = strings.ToLower(title)
	}
	role = append(role, title)
	bare = append(bare, title)
	rp.kind = entry.kind
	rp.titleKey = titleKey
	k = te
	if bareState >= 0 && rp.country < 0 && rp.kind != titleEnvoy {
		rp.country = bareState // "US Secretary of State"
	}
	if rp.country < 0 && rp.org >= 0 {
		rp.country = lx.orgs[rp.org].country // "State Department spokesman": the United States
	}
	if o := entry.office - 1; o >= 0 && rp.org < 0 && rp.country >= 0 && rp.country == lx.orgs[o].country {
		rp.org = o // "the U.S. attorney": an official of the Justice Department, not of the state
	}
	rp.bodyCountry, rp.bodyOrg = rp.country, rp.org
	// A complement: "ambassador to the United Nations", "envoy for Syria",
	// "the top diplomats of Russian Federation".
	if st.isWord(k) && rp.kind != titleHonorific {
		if w := st.low(k); w == "for" || w == "to" || w == "of" || w == "at" {
			m := k + 1
			if st.isWord(m) && st.toks[m].cat&catDeterminer != 0 {
				m++
			}
			// Not "chief executive of U.S. Trust Corp.": a name the state
			// starts.
			if g, end := lx.gzAt(st, m); g != nil && (g.kind == gzState || g.kind == gzOrg || g.kind == gzCapital) &&
				!st.startsOrg(m, end) {
				role = append(role, st.join(k, end))
				if w == "of" && rp.bodyCountry < 0 && rp.bodyOrg < 0 {
					if g.kind == gzOrg {
						rp.bodyOrg = g.ref
					} else {
						rp.bodyCountry = g.ref
					}
				} else {
					bare = append(bare, st.join(k, end))
				}
				k = end
			} else if e := st.jurisdictionEnd(m); e > m {
				role = append(role, st.join(k, e)) // "attorney for the Western District of Texas"
				bare = append(bare, st.join(k, e))
				k = e
			} else if e := lx.bodyPortfolios(st, k, rp.kind); e > k {
				k = e // "Russia's Ministry of Defence": the ministry, and the state it stands for
			}
		}
	}
	rp.end = k
	if rp.kind != titleHonorific {
		// role has the words of tokens [i, k) but where a possessive
		// state became its demonym, and then span fails: so the role is
		// most often cut from the text. bare is role without some of
		// them, and so role itself when it has as many.
		var ok bool
		if rp.role, ok = st.span(i, k); !ok {
			rp.role = strings.Join(role, " ")
		}
		rp.bare = rp.role
		if len(bare) != len(role) {
			rp.bare = strings.Join(bare, " ")
		}
	}
	if rp.kind == titleBody {
		rp.bare = ""
	}
	return rp, true
}

// afterSeat returns the index after "in" and the capitalised words of a
// place that follow an appositive's role ending at token k, or k: "Denise
// O'Donnell, the U.S. attorney for the Western District of New York in
// Buffalo," has her role's seat after it, a place as any.
func (st *sent) afterSeat(k int) int {
	if lowOr(st, k) != "in" || !st.isCapWord(k+1) {
		return k
	}
	j := k + 1
	for st.isCapWord(j) {
		j++
	}
	return j
}

// jurisdictionEnd returns the index after a court's area that starts at
// token m, or m if there is none: capitalised words ending in a word of
// [jurisdiction] of data/words.txt, maybe "of" and a place's capitalised
// words ("Western District of Texas", "Southern District of New York",
// "Ninth Circuit"). It completes a role ("the U.S. attorney for the
// Western District") and names no one.
func (st *sent) jurisdictionEnd(m int) int {
	j := m
	for st.isCapWord(j) {
		j++
	}
	if j == m || st.toks[j-1].cat&catJurisdiction == 0 {
		return m
	}
	if lowOr(st, j) == "of" && st.isCapWord(j+1) {
		for j++; st.isCapWord(j); j++ {
		}
	}
	return j
}

// titleAt returns the longest title, honorific or body noun at token k
// (case-insensitive) and the index after it. A title prefix ("then-",
// "ex-") is ignored for the lookup: "then-Secretary of State". A title
// ending in "minister" or "secretary" takes "of" and portfolio words:
// "Minister of Foreign Affairs".
func (lx *lexicon) titleAt(st *sent, k int) (int, *titleEntry) {
	if !st.isWord(k) || st.toks[k].cat&catTitleStart == 0 {
		return k, nil
	}
	w := st.low(k)
	for _, p := range lx.titlePrefixes {
		w = strings.TrimPrefix(w, p)
	}
	var best *titleEntry
	bestEnd := k
	entries := lx.titleFirst.Get(w)
	for ei := range entries {
		e := &entries[ei]
		end := k + 1 + len(e.rest)
		if end > len(st.toks) || end <= bestEnd {
			continue
		}
		ok := true
		for m, r := range e.rest {
			// Only the last word may be possessive ("Kerry's ...").
			if !st.isWord(k+1+m) || st.low(k+1+m) != r || st.toks[k+m].flags&fPoss != 0 {
				ok = false
				break
			}
		}
		if ok {
			best, bestEnd = e, end
		}
	}
	if best == nil {
		return k, nil
	}
	if best.kind == titleRole && st.toks[bestEnd-1].flags&fPoss == 0 && st.isWord(bestEnd) && st.low(bestEnd) == "of" {
		if last := st.low(bestEnd - 1); last == "minister" || last == "secretary" || last == "commissioner" {
			e := bestEnd + 1
			for st.isWord(e) && (lx.portfolio[st.low(e)] || st.low(e) == "and" && lx.portfolio[lowOr(st, e+1)]) {
				e++
			}
			// Not "secretary of the Security Council": the words start an
			// organisation's name.
			if e > bestEnd+1 && !(st.isCapWord(e) && st.toks[e].cat&catOrgSuffix != 0) {
				bestEnd = e
			}
		}
	}
	return bestEnd, best
}

// lowOr returns the lowercase word of token k, or "" if there is none.
func lowOr(st *sent, k int) string {
	if !st.isWord(k) {
		return ""
	}
	return st.low(k)
}

// role reads a role at token i and what it introduces: a person ("Russian
// President Vladimir Putin", "Russia's foreign minister, Sergei Lavrov,") or
// an unnamed official standing for a state or organisation ("the Russian
// foreign minister says", "a senior State Department official"). It returns
// false when there is neither.
func (lx *lexicon) role(st *sent, i int) (int, bool) {
	rp, ok := lx.rolePhrase(st, i)
	if !ok {
		return i, false
	}
	if next, ok := lx.partyRole(st, i, rp); ok {
		return next, true // "Republican House Speaker Kevin McCarthy"
	}
	if rp.kind != titleBody {
		at := rp.end
		// "The U.S. envoy to the talks, Brett McGurk, said": a complement in
		// lower case before an appositive name.
		extra := ""
		if w := lowOr(st, at); w == "to" || w == "for" || w == "on" || w == "in" {
			k := at + 1
			for k < at+5 && st.isWord(k) && st.toks[k].flags&(fCap|fHyphenName) == 0 {
				k++
			}
			if k > at+1 && st.isPunct(k, ",") {
				extra = " " + st.join(at, k)
				at = k
			}
		}
		comma := st.isPunct(at, ",")
		if extra != "" && !comma {
			at = rp.end
		}
		if comma {
			at++
		}
		// "Qatar's emir, Sheikh Tamim bin Hamad Al Thani,", "Qatari Prime
		// Minister Sheikh Mohammed bin Abdulrahman Al Thani": the name may
		// have a title of its own, which a role of no state or organisation
		// leaves to it ("a commander, General Philip Sheridan": see person).
		if te, e := lx.titleAt(st, at); e != nil && e.kind != titleBody && (rp.country >= 0 || rp.org >= 0) &&
			lx.nameLike(st, te, true, false) {
			at = te
		}
		if lx.nameLike(st, at, true, false) ||
			st.isWord(at) && st.toks[at].cat&catParticle != 0 && lx.particlesThenName(st, at+1, true) {
			end, words := lx.name(st, at, false)
			if words != nil && (!comma || st.closes(end)) {
				joined, key := st.nameText(at, end)
				m := mention{
					kind: mPerson, tok: i, words: words, joined: joined, key: key, full: st.isFullName(at, end),
					role: rp.role + extra, country: rp.country, org: rp.org, titleKey: rp.titleKey,
					quoted: st.toks[i].flags&fQuoted != 0, cluster: -1,
					certain: !st.titleCase || rp.country >= 0 || rp.org >= 0, // "Officials Say" in a headline
					sur:     lx.personSurname(st, at, end),
				}
				// "King Abdullah II of Jordan", "President Macron of France": the
				// state after the name is the role's, no actor of its own.
				if !comma && lowOr(st, end) == "of" {
					if g, e := lx.gzAt(st, end+1); g != nil && g.kind == gzState && st.toks[e-1].flags&fPoss == 0 {
						m.role += " of " + st.join(end+1, e)
						if m.country < 0 {
							m.country = g.ref
						}
						end = e
					}
				}
				st.mentions = append(st.mentions, m)
				return end, true
			}
		}
	}
	if rp.kind == titleHonorific {
		return i, false
	}
	quoted := st.toks[i].flags&fQuoted != 0
	switch {
	case rp.bodyOrg >= 0 && slices.Contains(lx.stateTitles, rp.titleKey):
		// "an EU head of state": the head of one of its states, unnamed.
	case rp.bodyOrg >= 0:
		o := lx.orgs[rp.bodyOrg]
		st.mentions = append(st.mentions, mention{
			kind: mOrg, tok: i, name: o.name, org: rp.bodyOrg, country: -1,
			role: rp.bare, titleKey: rp.titleKey, official: rp.kind != titleBody,
			quoted: quoted, cluster: -1,
		})
	case rp.bodyCountry >= 0:
		lx.stateMention(st, i, rp.bodyCountry, rp.bare, rp.titleKey, rp.kind != titleBody)
		st.mentions[len(st.mentions)-1].quoted = quoted
	default:
		return i, false
	}
	return rp.end, true
}
