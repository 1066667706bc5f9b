package entity

import (
	"fmt"
	"strings"
)

// Evidence that a name is a person's. A run of capitalised words of no
// list is read as a person's name only with evidence of one; without it,
// it may be a company ("Delta Air Lines", "Compaq"), a place ("Oshkosh"), a
// team ("Ravens") or a thing ("Wheat", "Truth Social"), and counts only if
// the article names that person elsewhere with evidence (coreference: see
// Article.corefer). A title or role before the name ("Sen. Jesse Helms"),
// an appositive role after it, or a sentence-initial word's own evidence
// are read elsewhere (role, person).

// addGivenNames adds the words of data/given_names.txt to the word lists:
// [given] names as catGiven, [family-first] names as catFamilyFirst.
func (lx *lexicon) addGivenNames() error {
	sections := map[string]category{"given": catGiven, "family-first": catFamilyFirst, "known": catKnown}
	return eachLine("given_names.txt", givenNamesData, func(section, line string) error {
		c, ok := sections[section]
		if !ok {
			return fmt.Errorf("unknown section [%s]", section)
		}
		lx.words[strings.ToLower(line)] |= c
		return nil
	})
}

// personEvidence reports whether the name at tokens [i, end), of the name
// words words, shows itself a person's where it stands:
//
//   - [given-name] a word before its last is a given name ("Abigail
//     Spanberger"), or it is one ("Georgina"), or a family name starts a
//     full name ("Xi Jinping", "Hun Sen"), or it is one word, a surname the
//     news names a person by alone ("Lavrov", "Xi", "Lula");
//   - [initial] it has an initial, or one stands before it ("John C.
//     Maxwell", "J.C. Matlock"), a hyphenated East Asian given name ("Ban
//     Ki-moon") or a regnal number ("Darius III");
//   - [person-noun] a noun of people comes before it ("his interpreter
//     Houn Hourth", "another sister, Georgina,"), or a person's name in a
//     list ("Madeleine Albright, Berger and ...");
//   - [speaker] a reporting verb follows it ("Lavrov said") or comes before
//     it ("said Roger Bernstein"), or a verb of meeting does ("met Trump",
//     "spoke with Lavrov"); not a verb of visiting ("Kansas City visits
//     Cincinnati");
//   - [traveller] a verb of travel follows it ("Putin arrived");
//   - [who] ", who" or an age follows it ("Nhek Bunchhay, who", "Amir,
//     27,");
//   - [pair] it is joined by "and" to a name that a reporting, travel or
//     meeting verb follows ("Kerry and Lavrov met").
//
// A word that ends like the plural of a noun of people has none of the
// last four ("Dealers said", "Inspectors visited": see agentPlural).
func (lx *lexicon) personEvidence(st *sent, i, end int, words []string) bool {
	first := i
	for first < end && st.toks[first].flags&fCap == 0 && st.toks[first].flags&fHyphenName == 0 {
		first++ // a particle: "de Mistura"
	}
	if first < end && (len(words) > 1 && st.toks[first].cat&catFamilyFirst != 0 ||
		len(words) == 1 && st.toks[first].cat&(catKnown|catGiven) != 0) {
		return true
	}
	for k := first; k < end; k++ {
		// A given name before the last word: "Patrick Mahomes", and "Air
		// Force Lieutenant Colonel Eileen Collins", read whole.
		if w := st.text(k); isInitialWord(w) || k+1 < end && st.toks[k].cat&catGiven != 0 ||
			k > first && (eastAsianGiven(w) || st.isRoman(k)) {
			return true // "J.C. Matlock", "Ban Ki-moon", "Darius III"
		}
	}
	if st.afterPersonNoun(i) || st.listedWith(i) {
		return true
	}
	if len(words) == 1 && agentPlural(words[0]) {
		return false // "Dealers said", "Inspectors visited": a plural noun
	}
	if lx.initials(textOr(st, i-1)) {
		return true // "J.C. Matlock"; not "the U.S. Immigration and Naturalization Service", "F.A.O. Schwarz"
	}
	if lx.verbAfter(st, end) && !lx.afterAgents(st, i) || st.verbBefore(i) {
		return true
	}
	if st.isPunct(end, ",") && st.isWord(end+1) {
		if w := st.low(end + 1); w == "who" || w == "whose" || isAge(w) && st.closes(end+2) {
			return true
		}
	}
	// "Kerry and Lavrov met": the second name's verb tells of both, if it
	// is no organisation's ("Immigration and Naturalization Service said").
	if lowOr(st, end) == "and" && lx.nameLike(st, end+1, true, false) {
		e := st.capSeq(end + 1)
		return st.toks[e-1].cat&catOrgSuffix == 0 && lx.verbAfter(st, e)
	}
	return false
}

// afterAgents reports whether token i comes right after a plural of a
// noun of people (peoplePlural) and "in", "of" or "from": "Picketers in
// Ottumwa said", "Residents of El Obeid said", "Officials in Larnaca
// said". The verb after the name is theirs, and the name is where they
// are.
func (lx *lexicon) afterAgents(st *sent, i int) bool {
	w := lowOr(st, i-1)
	return (w == "in" || w == "of" || w == "from") && st.isWord(i-2) && peoplePlural(lx, st.low(i-2), st.text(i-2))
}

// peoplePlural reports whether the word w (in lower case; written as
// text) is the plural of a noun of people: of a word of [person-noun]
// ("officials", "witnesses": "-es" after "ss") or ending so
// (agentPlural: "Picketers").
func peoplePlural(lx *lexicon, w, text string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return agentPlural(text)
	}
	return lx.foldedCat(w[:len(w)-1])&catPersonNoun != 0 ||
		strings.HasSuffix(w, "sses") && lx.foldedCat(w[:len(w)-2])&catPersonNoun != 0 || agentPlural(text)
}

// verbAfter reports whether a reporting verb, a verb of meeting or of
// travel follows token end, a lowercase adverb ending in
// "-ly" or "once" allowed between: "Lavrov said", "Zelensky met",
// "Putin arrived", "Kerry and Lavrov once met".
func (lx *lexicon) verbAfter(st *sent, end int) bool {
	k := end
	if st.isWord(k) && st.toks[k].flags&fCap == 0 && (strings.HasSuffix(st.low(k), "ly") || st.low(k) == "once") {
		k++
	}
	if !st.isWord(k) || st.toks[k].flags&fCap != 0 {
		return false
	}
	return st.toks[k].cat&(catSpeech|catMeet) != 0 || st.travels(k)
}

// verbBefore reports whether a lowercase reporting verb or verb of meeting
// stands right before token i, or before "with" there: "said Roger
// Bernstein", "met Trump", "spoke with Lavrov".
func (st *sent) verbBefore(i int) bool {
	k := i - 1
	if lowOr(st, k) == "with" {
		k--
	}
	return st.isWord(k) && st.toks[k].flags&fCap == 0 && st.toks[k].cat&(catSpeech|catMeet) != 0
}

// agentPlural reports whether w, one capitalised word, ends like the
// plural of a noun of people, "Dealers", "Analysts", "Residents",
// "Investors", "Historians", rather than a name: its evidence is the full
// name the article gives ("Rogers" of "Mike Rogers") or a listed surname
// ("Sanders").
func agentPlural(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range [...]string{"ers", "ists", "ants", "ents", "ors", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// textOr returns the word of token k as written, or "" if there is none.
func textOr(st *sent, k int) string {
	if !st.isWord(k) {
		return ""
	}
	return st.text(k)
}

// isInitialWord reports whether w is an initial or initials of a name:
// one capital and a period ("C."), or several ("J.C.", "J.R.R.").
func isInitialWord(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// eastAsianGiven reports whether w is a hyphenated given name of Korean or
// Chinese style after a family name: a capital, letters, a hyphen and a
// lowercase syllable ("Ki-moon", "Jong-un", "Ing-wen").
func eastAsianGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h+1 < len(w) && w[0] >= 'A' && w[0] <= 'Z' && w[h+1] >= 'a' && w[h+1] <= 'z' &&
		!strings.Contains(w[h+1:], "-") && len(w)-h-1 <= 5
}

// isAge reports whether w is an age: a number of one to three digits.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// partyState reports whether w is a party label and a state after a
// lawmaker's name, which names no one: "R-Fla", "D-N.Y", "I-Vt" (the
// state's abbreviation is listed in data/places.txt, its period perhaps a
// token of its own).
func (lx *lexicon) partyState(w string) bool {
	if len(w) < 3 || w[1] != '-' || !strings.ContainsRune("DRI", rune(w[0])) {
		return false
	}
	for _, n := range [...]string{w[2:], w[2:] + "."} {
		for _, e := range lx.gz[n] {
			if e.kind == gzCity && len(e.rest) == 0 {
				return true
			}
		}
	}
	return false
}

// beforeState reports whether a listed state or province follows the name
// that ends at token end after a comma, and then the sentence ends or a
// comma or period follows: "Oshkosh, Wis.,", "Lewisburg, West Virginia,",
// "Portadown, Northern Ireland", or a word ending in "-based" ("Orlando,
// Fla.-based"): the name is a place's.
func (lx *lexicon) beforeState(st *sent, end int) bool {
	if !st.isPunct(end, ",") {
		return false
	}
	if st.isWord(end+1) && strings.HasSuffix(st.text(end+1), "-based") {
		return true // "Orlando, Fla.-based Confectioner Magazine"
	}
	g, e := lx.gzAt(st, end+1)
	if g == nil || g.kind != gzState && g.kind != gzCity || st.toks[e-1].flags&fPoss != 0 {
		return false
	}
	return st.closes(e) || st.isPunct(e, "(")
}

// team reports whether the capitalised run [i, seqEnd) is a sports team or
// a paper named after its place: a listed city, capital or province
// (ending at gEnd) and one or two capitalised words ending in a plural, "the
// Denver Broncos", "the Kansas City Chiefs", "the New York Times". A state
// starts a person's name ("Chad Roberts", "Israel Katz"), and so does a
// listed given name that is a city's too.
func (lx *lexicon) team(st *sent, i, gEnd, seqEnd int, g *gzEntry) bool {
	if g.kind != gzCity && g.kind != gzCapital || st.toks[i].cat&catGiven != 0 {
		return false
	}
	if seqEnd-gEnd > 2 {
		return false
	}
	// No title nor name after the place: "U.S. Trade Representative Carla
	// Hills", "Bethlehem Chairman Walter F. Williams".
	for k := gEnd; k < seqEnd; k++ {
		if st.toks[k].flags&(fCap|fPoss) != fCap || st.toks[k].cat&(catNonname|catTitleStart|catGiven|catFamilyFirst|catKnown) != 0 {
			return false
		}
	}
	w := st.text(seqEnd - 1)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != '\''
}

// companies makes organisations of the people of refs (the mentions of one
// surname, clustered) that the article names as part of an
// organisation's name, with no role given them: "Compaq said" is Compaq
// Computer Corp. where the article names it, "the Ravens" are the
// Baltimore Ravens, "Philip Morris" is Philip Morris Cos. A person the
// article gives a role keeps it ("Hess chief John Hess" of "Hess Corp.").
func (a *Article) companies(refs []pos) {
	done := -1 // the last cluster looked at: refs of one cluster most often follow each other
	for _, r := range refs {
		mm := &a.sts[r.s].mentions[r.m]
		c := mm.cluster
		if mm.kind != mPerson || c < 0 || c == done || a.clusters[c].hasRole {
			continue
		}
		done = c
		if o := orgNaming(a.sts, a.clusters[c].name); o != nil {
			for _, q := range refs {
				if qm := &a.sts[q.s].mentions[q.m]; qm.kind == mPerson && qm.cluster == c {
					qm.kind, qm.name, qm.org, qm.country, qm.cluster = mOrg, o.name, o.org, -1, -1
				}
			}
		}
	}
}

// companyPlace makes an organisation of the name that is the place of
// sentence st, if it is no person (no cluster) and starts the name of an
// organisation the article names: "interest in Kestrel", "Shares in
// Kestrel rose" where the article names Kestrel Logistics are the company,
// no place. An unlisted town the article names no organisation after
// stays a place ("Fighting raged in Pokrovsk"). Only the sentence's place
// is looked at (finish takes the first candidate that is no person), once.
func (a *Article) companyPlace(st *sent) {
	for _, p := range st.places {
		if p.quoted {
			continue
		}
		if p.person < 0 {
			return
		}
		mm := &st.mentions[p.person]
		if mm.cluster >= 0 {
			continue // "in Kerry's view"
		}
		if mm.kind != mPerson || !mm.atPlace || mm.firm || mm.storm {
			return
		}
		name := mm.joinedWords()
		if o := orgNaming(a.sts, name); o != nil && strings.HasPrefix(o.name, name+" ") {
			mm.kind, mm.name, mm.org, mm.country = mOrg, o.name, o.org, -1
			continue
		}
		return
	}
}

// orgNaming returns an organisation mention of the scanned sentences sts whose
// name has name as whole words and is longer ("Compaq Computer Corp." for
// "Compaq"), or nil: the shortest that starts with name ("Orkem S.A.",
// not "Orkem Coatings U.K. Ltd."), else the first.
func orgNaming(sts []sent, name string) *mention {
	var best *mention
	for s := range sts {
		st := &sts[s]
		if !st.scanned {
			continue
		}
		for m := range st.mentions {
			o := &st.mentions[m]
			if o.kind != mOrg || o.official || len(o.name) <= len(name) || !hasWords(o.name, name) {
				continue
			}
			starts := strings.HasPrefix(o.name, name)
			if best == nil || starts && (!strings.HasPrefix(best.name, name) || len(o.name) < len(best.name)) {
				best = o
			}
		}
	}
	return best
}

// hasWords reports whether s has w as whole words: "Compaq Computer Corp."
// has "Compaq", "Baltimore Ravens" has "Ravens", "Sunrise Corp." has no
// "Sun".
func hasWords(s, w string) bool {
	for i := 0; i+len(w) <= len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || s[k-1] == ' ') && (k+len(w) == len(s) || s[k+len(w)] == ' ') {
			return true
		}
		i = k + 1
	}
	return false
}

// afterPersonNoun reports whether a lowercase noun of people ([person-noun]
// of data/words.txt) stands before token i, or before a comma there:
// "investor Kirk Kerkorian", "another sister, Georgina,".
func (st *sent) afterPersonNoun(i int) bool {
	k := i - 1
	if k >= 0 && st.toks[k].p == ',' {
		k--
	}
	return k >= 0 && st.toks[k].flags&(fWord|fCap) == fWord && st.toks[k].cat&catPersonNoun != 0
}

// listedWith reports whether the name at token i follows the name of a
// person the sentence has read, after a comma or "and": "Madeleine
// Albright, Berger and defense secretary William Cohen"; not of a company
// or a group ("RJR Nabisco and Planters LifeSavers").
func (st *sent) listedWith(i int) bool {
	if !st.isPunct(i-1, ",") && lowOr(st, i-1) != "and" || len(st.mentions) == 0 || !st.isWord(i-2) {
		return false
	}
	m := &st.mentions[len(st.mentions)-1]
	return m.kind == mPerson && m.certain && !m.firm && !m.group && len(m.words) > 0 && m.words[len(m.words)-1] == st.text(i-2)
}

// thingName reports whether the name words of a would-be person name
// something else whatever stands around them: an initial alone ("AT and
// T."), or a place made an adjective ("Salt Lake City-based First
// Security").
func thingName(words []string) bool {
	last := words[len(words)-1]
	return len(words) == 1 && isInitialWord(last) || strings.HasSuffix(last, "-based")
}

// possessiveCompany reports whether the name that ends at token end, with a
// possessive "'s", is a company's name with its "'s" ("Shoney's said",
// "Sotheby's reported"): a reporting verb follows the possessive, and the
// name is no listed surname or given name ("Trump's said" is "Trump has
// said").
func (st *sent) possessiveCompany(i, end int) bool {
	if st.toks[end-1].flags&fPoss == 0 || st.toks[i].cat&(catKnown|catGiven) != 0 || !st.isWord(end) {
		return false
	}
	t := st.toks[end]
	return t.flags&fCap == 0 && t.cat&catSpeech != 0
}

// employerBefore reports whether the name at token i follows a noun of
// people who work for an organisation ([staff-noun] of data/words.txt, or
// its plural) and "at" or "with", an article between: the name is their
// employer, an organisation ("Analysts at Morgan Stanley said", "an
// analyst with Dean Witter Reynolds", "economists at the Bundesbank"),
// neither a place nor a person.
func (lx *lexicon) employerBefore(st *sent, i int) bool {
	k := i - 1
	if st.isWord(k) && st.toks[k].cat&catDeterminer != 0 && st.toks[k].flags&fCap == 0 {
		k--
	}
	// "at" is a place preposition, "with" a function word: most words
	// before a name are told apart by their classes.
	if k < 0 || st.toks[k].cat&(catPlacePrep|catFunction) == 0 || st.toks[k].flags&(fWord|fCap) != fWord {
		return false
	}
	if w := st.low(k); w != "at" && w != "with" {
		return false
	}
	k--
	if !st.isWord(k) || st.toks[k].flags&(fCap|fInitial) == fCap {
		return false // "Analysts at" starts a sentence; "Reuters at" is no noun
	}
	if st.toks[k].cat&catStaff != 0 {
		return true
	}
	w := st.text(k)
	return len(w) > 4 && w[len(w)-1] == 's' && lx.foldedCat(w[:len(w)-1])&catStaff != 0
}

// firmAppositive reports whether an appositive after the name that ends at
// token end says it is a company: a comma, maybe "now", an article, up to
// three words and a noun of a company ([firm-noun] of data/words.txt)
// that ends it or, after "now" or an article, stands before "of":
// "Petrobras, the state oil company,",
// "Dean Witter Reynolds, now part of Morgan Stanley,", "Naftogaz,
// Ukraine's state energy company,". A function word or a verb ends the
// look ("Ann Lee, the head of the company,": no company).
func (st *sent) firmAppositive(end int) bool {
	if end >= len(st.toks) || st.toks[end].p != ',' {
		return false
	}
	k := end + 1
	if lowOr(st, k) == "now" {
		k++
	}
	if st.isWord(k) && st.toks[k].cat&catDeterminer != 0 && st.toks[k].flags&fCap == 0 {
		k++
	}
	led := k > end+1 // "now" or an article: "part of" alone is a share ("New Year's Day, part of the campaign")
	for n := 0; n < 4 && st.isWord(k); n, k = n+1, k+1 {
		t := st.toks[k]
		if t.flags&fCap == 0 && t.cat&catFirm != 0 && !st.firmNounAt(k+1) { // "the utility company": the last noun
			return st.closes(k+1) || led && lowOr(st, k+1) == "of"
		}
		if t.cat&(catFunction|catVerb|catDeterminer) != 0 && t.flags&fCap == 0 {
			return false
		}
	}
	return false
}

// shareEvidence records the name at tokens [i, end), of the name words
// words, as a company's (firmMention) when the sentence shows it is listed
// on a market and it has no evidence of a person's: its shares move
// ("Petrobras shares rose", "Norfolk Southern shares fell": the whole
// capitalised run), shares of it ("shares of Norfolk Southern") or its
// ticker follows ("Petrobras (PETR4.SA)"). It returns the index after the
// name and the ticker, or i if there is no such evidence.
func (lx *lexicon) shareEvidence(st *sent, i, end int, words []string) int {
	if end >= len(st.toks) || !st.mayShare(i, end) {
		return i // most names: no mark, no share noun, no capital after them
	}
	run := end
	if st.isCapWord(end) && st.toks[end-1].flags&fPoss == 0 {
		// "Norfolk Southern", whose "Southern" ends no name; not "Class A
		// shares", a letter.
		if run = st.capSeq(i); st.toks[run-1].e-st.toks[run-1].s == 1 {
			run = end
		}
	}
	e := st.tickerAfter(run)
	if e == run && !st.sharesMove(run) && !st.sharesBefore(i) {
		return i
	}
	if run > end {
		words = st.runWords(i, run)
	}
	if lx.personEvidence(st, i, run, words) {
		return i
	}
	lx.firmMention(st, i, run, words)
	return e
}

// mayShare reports whether the name at tokens [i, end), end a token,
// may have evidence of shareEvidence, by a look at the marks and classes
// of the tokens around it: a bracket, a share noun or a capitalised word
// after it, a share noun two tokens before it.
func (st *sent) mayShare(i, end int) bool {
	t := st.toks[end]
	return t.p == '(' || t.p == '<' || t.cat&catShare != 0 || t.flags&fCap != 0 || i >= 2 && st.toks[i-2].cat&catShare != 0
}

// sharesMove reports whether a noun of a company's shares ([share-noun]
// of data/words.txt) and a verb of a price's move ([move]) follow the
// name that ends at token end: "Petrobras shares rose", "Gazprom's shares
// fell"; not "Trump shares video".
func (st *sent) sharesMove(end int) bool {
	return st.isWord(end+1) && st.toks[end].cat&catShare != 0 && st.toks[end].flags&fCap == 0 &&
		st.toks[end+1].cat&catMove != 0 && st.toks[end+1].flags&fCap == 0
}

// sharesBefore reports whether a noun of a company's shares and "of" or
// "in" stand before token i: "shares of Petrobras", "Shares in Kestrel".
func (st *sent) sharesBefore(i int) bool {
	if !st.isWord(i-2) || st.toks[i-2].cat&catShare == 0 || st.toks[i-2].flags&(fCap|fInitial) == fCap {
		return false
	}
	w := lowOr(st, i-1)
	return w == "of" || w == "in"
}

// tickerAfter returns the index after a stock's ticker in brackets that
// follows the name that ends at token end, or end if there is none:
// capitals and digits with a market's suffix after a period ("Petrobras
// (PETR4.SA)", "<7203.T>", "TSMC (2330.TW)"), or a market and a colon before them ("(NYSE:
// PBR)"), which name no organisation of their own.
func (st *sent) tickerAfter(end int) int {
	if end+2 >= len(st.toks) || st.toks[end].p != '(' && st.toks[end].p != '<' || !st.isWord(end+1) {
		return end
	}
	w := st.text(end + 1)
	if st.isPunct(end+2, ":") && st.isWord(end+3) && st.isPunct(end+4, ")>") && tickerWord(w) && tickerWord(st.text(end+3)) {
		return end + 5
	}
	if dot := strings.LastIndexByte(w, '.'); dot > 0 && dot < len(w)-1 && st.isPunct(end+2, ")>") && tickerCode(w[:dot]) && tickerWord(w[dot+1:]) {
		return end + 3
	}
	return end
}

// tickerWord reports whether w is of capitals and digits only, with a
// capital, as tickers and markets are written: "PETR4", "NYSE", "SA".
func tickerWord(w string) bool {
	capital := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			capital = true
		case isDigit(c):
		default:
			return false
		}
	}
	return capital
}

// firmNounAt reports whether token k is a lowercase noun of a company
// ([firm-noun]).
func (st *sent) firmNounAt(k int) bool {
	return st.isWord(k) && st.toks[k].flags&fCap == 0 && st.toks[k].cat&catFirm != 0
}

// tickerCode reports whether w may be a stock's code before a market's
// suffix: a ticker word or digits, as Asian markets number their stocks
// ("2330" of "2330.TW", "005930" of "005930.KS").
func tickerCode(w string) bool {
	return tickerWord(w) || w != "" && strings.Trim(w, "0123456789") == ""
}

// saidIt reports whether a reporting verb follows the name that ends at
// token end and then "it" or "its", after up to four small words
// ([title-small], [function]) or weekdays: "Equinor said on Monday it
// would cut", "Sonatrach said that it", "Unilever said its chief
// executive would step down"; not "said he", "said the company". A
// company speaks of itself so; a person says "it" of something named
// before, which makes the name a company's only where the article gives
// it no full name and no title (see Article.corefer).
func (st *sent) saidIt(end int) bool {
	if !st.isWord(end) || st.toks[end].cat&catSpeech == 0 || st.toks[end].flags&fCap != 0 {
		return false
	}
	for k := end + 1; k < end+6 && st.isWord(k); k++ {
		if w := st.text(k); w == "it" || w == "its" { // in lower case: a capital ends the look
			return true
		}
		if t := st.toks[k]; t.cat&catWeekday == 0 && (t.flags&fCap != 0 || t.cat&(catTitleSmall|catFunction) == 0) {
			return false
		}
	}
	return false
}

// speaksUnnamed reports whether a lowercase reporting verb follows the
// name that ends at token end and no "he" or "she" (a person speaks of
// himself so) in the four words after it: "Shell said the sale", not
// "Smith said he would".
func (st *sent) speaksUnnamed(end int) bool {
	if !st.isWord(end) || st.toks[end].cat&catSpeech == 0 || st.toks[end].flags&fCap != 0 {
		return false
	}
	for k := end + 1; k < end+6 && k < len(st.toks); k++ {
		if w := lowOr(st, k); w == "he" || w == "she" || w == "his" || w == "her" || w == "i" {
			return false
		}
	}
	return true
}

// aliasOf returns 1 + the index of the person mention of st whose name
// ends right before a comma or a bracket, a word of [alias-cue] of
// data/words.txt (maybe after an adverb: "better", "popularly") and "as",
// if they stand before token i: "Joko Widodo, known as Jokowi", "Mohamed
// Hamdan Dagalo (known as Hemedti)"; 0 if there is none.
func (st *sent) aliasOf(i int) int16 {
	k := i - 1
	if !st.aliasCue(k) {
		if k--; !st.aliasCue(k) || lowOr(st, k+1) != "as" {
			return 0 // most names: no cue before them
		}
	}
	if w := lowOr(st, k-1); w == "also" || w == "better" || strings.HasSuffix(w, "ly") {
		k--
	}
	if k--; !st.isPunct(k, ",(") || len(st.mentions) == 0 {
		return 0
	}
	m := len(st.mentions) - 1
	if p := &st.mentions[m]; p.kind != mPerson || p.tok >= k || p.official || !st.nameRun(p.tok, k) {
		return 0
	}
	return int16(m + 1)
}

// aliasCue reports whether token k is a lowercase word of [alias-cue].
func (st *sent) aliasCue(k int) bool {
	return st.isWord(k) && st.toks[k].cat&catAliasCue != 0 && st.toks[k].flags&fCap == 0
}

// nameRun reports whether tokens [i, end) are all words, capitalised or
// particles, as the words of a person's name are.
func (st *sent) nameRun(i, end int) bool {
	for k := i; k < end; k++ {
		if !st.isWord(k) || st.toks[k].flags&(fCap|fHyphenName) == 0 && st.toks[k].cat&catParticle == 0 {
			return false
		}
	}
	return true
}

// officerAfter reports whether a lowercase noun of people who work for an
// organisation ([staff-noun] of data/words.txt) and a capitalised name
// follow the name that ends at token end: the name is the organisation's
// ("Tata Sons chairman N. Chandrasekaran", "Kotak Securities analyst
// Ravi Shah"), where it has no evidence of a person's.
func (st *sent) officerAfter(end int) bool {
	return st.isWord(end) && st.toks[end].flags&fCap == 0 && st.toks[end].cat&catStaff != 0 && st.isCapWord(end+1)
}
