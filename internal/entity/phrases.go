package entity

import (
	"slices"
	"strings"
)

// Phrases around a name that tell what it is: a party label before a
// title, a title after a run of capitalised words, a settlement noun and
// "of" after a place, a plural title after a people's name.

// partyRole reads a role that a party label of [party-title] starts
// before another title: "Republican House Speaker Kevin McCarthy" is Kevin
// McCarthy, role "Republican House Speaker"; "Senate Republican leader
// Mitch McConnell" (through roleInRun) is Mitch McConnell, role "Senate
// Republican leader". rp is the role phrase read at token i, whose title
// is the label. It returns false, adding nothing, when no role with a
// person follows: "Republican Winsome Earle-Sears" is read as before.
func (lx *lexicon) partyRole(st *sent, i int, rp rolePhrase) (int, bool) {
	if !slices.Contains(lx.partyTitles, rp.titleKey) || !st.isWord(rp.end) {
		return i, false
	}
	n := len(st.mentions)
	next, ok := lx.role(st, rp.end)
	if !ok && st.isCapWord(rp.end) {
		next, ok = lx.roleInRun(st, rp.end, st.capSeq(rp.end))
	}
	if ok && len(st.mentions) == n+1 && st.mentions[n].kind == mPerson {
		m := &st.mentions[n]
		m.tok = i
		m.role = rp.role + " " + m.role
		return next, true
	}
	st.mentions = st.mentions[:n]
	return i, false
}

// titleAfterRun reports whether a lowercase title follows the capitalised
// run [i, end) of words that give no evidence of a person's name (no
// listed given name, family name or surname): the run is part of the role
// of the name after the title ("House Democratic leader Hakeem Jeffries"
// is Hakeem Jeffries, role "House Democratic leader"), and no person of its
// own. Not "Trump aide Jon Finer", whose first word is a listed surname,
// nor a title of [staff-noun], after which the run is an employer.
func (lx *lexicon) titleAfterRun(st *sent, i, end int) bool {
	if !st.isWord(end) || st.toks[end].flags&fCap != 0 || st.toks[end].cat&catTitleStart == 0 ||
		st.toks[end].cat&catStaff != 0 {
		return false // "Tata Sons chairman N. Chandrasekaran": an employer (officerAfter)
	}
	for k := i; k < end; k++ {
		if st.toks[k].cat&(catGiven|catKnown|catFamilyFirst) != 0 {
			return false
		}
	}
	return true
}

// settlementOf reports whether up to two lowercase words ending in a
// settlement noun ([settlement] of data/words.txt) and "of" and a
// capitalised word follow the name that ends at token end: the name
// modifies the settlement, which the word after "of" names ("the Amazon
// city of Belem", "the Pacific port city of Buenaventura"). The name is
// no person, and the place is the settlement's.
func (st *sent) settlementOf(end int) bool {
	k := end
	for k < end+2 && st.isWord(k) && st.toks[k].flags&(fCap|fHyphenName) == 0 && st.toks[k].cat&catFunction == 0 {
		k++
	}
	return k > end && st.toks[k-1].cat&catSettlement != 0 && lowOr(st, k) == "of" && st.isCapWord(k+1)
}

// pluralTitleAt reports whether token k is a lowercase plural of a
// one-word title or a noun of people ("leaders", "officials", "lawyers"):
// a lone name before it is most often a people's or a group's adjective
// ("Munduruku leaders", "Yanomami officials"), a person only if the
// article names one so.
func (lx *lexicon) pluralTitleAt(st *sent, k int) bool {
	if !st.isWord(k) || st.toks[k].flags&fCap != 0 {
		return false
	}
	w := st.low(k)
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	if lx.foldedCat(w[:len(w)-1])&catStaff != 0 {
		return false // "Rally officials": a company's staff (officerAfter)
	}
	return lx.peoplePlural(w)
}

// peoplePlural reports whether w, in lower case, is the plural of a noun
// of people: of [person-noun] or [staff-noun] of data/words.txt, or a
// one-word title ("lawyers", "analysts", "leaders", "prosecutors"). At the
// start of a sentence it starts no name: "Lawyers for Lumen Exchange
// founder Tobias Reinholt" names Lumen Exchange and Tobias Reinholt.
func (lx *lexicon) peoplePlural(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	one := w[:len(w)-1]
	if lx.foldedCat(one)&(catPersonNoun|catStaff) != 0 {
		return true
	}
	for _, e := range lx.titles[one] {
		if len(e.rest) == 0 && e.kind == titleRole && !strings.Contains(e.key, ".") {
			return true
		}
	}
	return false
}

// orgOn reports whether token k, "on", joins an organisation's word before
// it to the capitalised word after it, which is no month, weekday nor
// holiday: "the Intergovernmental Panel on Climate Change", not
// "the U.N. Security Council on Aug. 6", "the Cabinet on Sunday".
func (st *sent) orgOn(k int) bool {
	return st.isCapWord(k-1) && st.toks[k-1].cat&catOrgSuffix != 0 && st.isCapWord(k+1) &&
		st.toks[k+1].cat&(catMonth|catWeekday|catHoliday) == 0
}

// onOrgRun reports whether the capitalised run [i, end) has "on" after an
// organisation's word (see capSeq): the whole run is the organisation's
// name, even when a listed name starts it ("the United Nations Framework
// Convention on Climate Change"), and nothing after "on" is a person.
func (st *sent) onOrgRun(i, end int) bool {
	for k := i + 1; k < end-1; k++ {
		if st.toks[k].flags&fCap == 0 && st.low(k) == "on" && st.orgOn(k) {
			return true
		}
	}
	return false
}

// relationAfter reports whether the name that ends at token end is
// possessive before a noun of people that a person has ([relation] of
// data/titles.txt): "Delaney's lawyer Howard Brandt" names Delaney's
// lawyer, and Delaney is a person, not the employer that "Rally's founder
// James Patterson" names (officerAfter).
func (lx *lexicon) relationAfter(st *sent, end int) bool {
	return st.toks[end-1].flags&fPoss != 0 && st.isWord(end) && lx.relations[st.low(end)]
}

// numberedName reports whether a name of one word has a digit: it numbers
// an event or a group ("at the Cop30 climate summit venue in Belem", "at
// Cop28"), and names no place.
func numberedName(words []string) bool {
	return len(words) == 1 && strings.ContainsAny(words[0], "0123456789")
}

// knownInside reports whether short, a name of one word, is a surname the
// news names a person by alone ([known] of data/given_names.txt) that
// stands inside the longer name full: "Lula" is "Luiz Inacio Lula da
// Silva", as within an article (see SameActor). A word of no such list
// does not count ("Inacio"), nor does the full name's first word ("Lula"
// is not "Lula Smith").
func (lx *lexicon) knownInside(full, short []string) bool {
	if len(short) != 1 || len(full) < 3 || lx.foldedCat(short[0])&catKnown == 0 {
		return false
	}
	for _, w := range full[1 : len(full)-1] {
		if strings.EqualFold(w, short[0]) {
			return true
		}
	}
	return false
}
